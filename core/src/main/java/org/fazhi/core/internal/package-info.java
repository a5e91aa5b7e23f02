/**
 * What every fazhi module shares and no embedder should call: the validation helpers behind every
 * factory, and the Immutables style of every value type. Exported only to fazhi's own modules.
 */
package org.fazhi.core.internal;
