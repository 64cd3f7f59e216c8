#@ NMFusionService nmfusion
#@ ij.ImagePlus image
#@ Integer (label = "Radius", min = 1, value = 2) radius
#@output ij.ImagePlus denoised
// Fiji script (copy to Fiji.app/scripts/Plugins/NMFusion/): the scriptable API of NMFusion.
denoised = nmfusion.denoise(image, radius, Double.NaN, false)
