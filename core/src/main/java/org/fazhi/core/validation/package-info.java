/** The rules every value is checked against at construction, and the exception that names them. */
package org.fazhi.core.validation;
