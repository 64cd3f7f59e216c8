/**
 * The Fiji menu commands under Plugins &gt; NMFusion: thin SciJava commands, each making one service call,
 * with snake_case parameters for macros (docs/method.md).
 *
 * <p>Layer 7: may import {@code service} and below; not {@code cli}.
 */
package org.nmfusion.commands;
