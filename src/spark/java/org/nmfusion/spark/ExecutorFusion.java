package org.nmfusion.spark;

import java.lang.management.ManagementFactory;

import org.nmfusion.service.NMFusionService;
import org.scijava.Context;

/**
 * The fusion side of one JVM (a Spark executor, or the driver in local mode): one SciJava context with the
 * NMFusion service, created lazily by the first task and shared by all later tasks and task threads of the
 * JVM, so the focus model is loaded once per JVM (by the service's model cache, on the first CNN pair).
 */
public final class ExecutorFusion {

	private static Context context;
	private static NMFusionService service;
	private static int created;

	private ExecutorFusion() {}

	/** The JVM's NMFusion service, created on first use. */
	public static synchronized NMFusionService service() {
		if (service == null) {
			System.setProperty("java.awt.headless", "true");
			context = new Context(NMFusionService.class);
			service = context.service(NMFusionService.class);
			created++;
			System.err.println("nmfusion-spark: NMFusion service ready in JVM " + ManagementFactory.getRuntimeMXBean().getName());
		}
		return service;
	}

	/** How many services this JVM has created (1 after the first task, until {@link #close}). */
	public static synchronized int created() {
		return created;
	}

	/** Disposes the service and its models (the driver calls this after a local job); a later task creates a new one. */
	public static synchronized void close() {
		if (context != null) context.dispose();
		context = null;
		service = null;
	}
}
