/**
 * The {@code nmfusion} command line (picocli): one subcommand per stage, each running the same SciJava
 * command as the Fiji menu, headless. Exit codes: 0 success, 2 bad parameter, 1 failed run.
 *
 * <p>Layer 8: may import every package.
 */
package org.nmfusion.cli;
