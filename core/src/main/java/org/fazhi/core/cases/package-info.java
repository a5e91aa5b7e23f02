/**
 * Cases: administrative reconsideration (行政复议), administrative litigation (行政诉讼), dispute
 * mediation (调解) and legal aid (法律援助).
 */
@FazhiStyle
package org.fazhi.core.cases;

import org.fazhi.core.internal.FazhiStyle;
