/**
 * The scriptable API: {@link org.nmfusion.service.NMFusionService}, a SciJava service that converts between
 * ImageJ images and the cores with the io adapter and makes each stage one call.
 *
 * <p>Layer 6: may import every package below it; not {@code commands} or {@code cli}.
 */
package org.nmfusion.service;
