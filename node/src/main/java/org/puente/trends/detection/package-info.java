/** Statistical detectors of increases in weekly series: CUSUM and the CDC EARS C1–C3 methods. */
@NullMarked
package org.puente.trends.detection;

import org.jspecify.annotations.NullMarked;
