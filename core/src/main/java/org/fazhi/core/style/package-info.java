/** The house code-generation style shared by the value types of every fazhi module. */
package org.fazhi.core.style;
