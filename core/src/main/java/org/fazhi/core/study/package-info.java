/** Study of law and training (学法、培训) and law examinations (考法、考试). */
@FazhiStyle
package org.fazhi.core.study;

import org.fazhi.core.internal.FazhiStyle;
