package org.nmfusion.fusion.method;

import org.nmfusion.image.Plane;

/**
 * Base of the fusion methods: the name, the help line and whether the CNN is needed; by default no
 * weight map of its own (the caller's map, if one was given, is passed on).
 */
public abstract class AbstractFusionMethod implements FusionMethod {

	private final String name, description;
	private final boolean usesFocusModel;

	protected AbstractFusionMethod(final String name, final String description, final boolean usesFocusModel) {
		this.name = name;
		this.description = description;
		this.usesFocusModel = usesFocusModel;
	}

	@Override
	public String name() { return name; }

	@Override
	public String description() { return description; }

	@Override
	public boolean usesFocusModel() { return usesFocusModel; }

	@Override
	public Plane weightMap(final Plane lumaA, final Plane lumaB, final FusionOptions options, final FusionContext context) {
		return context.givenWeightMap();
	}
}
