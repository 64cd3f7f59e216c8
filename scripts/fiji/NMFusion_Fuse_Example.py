#@ NMFusionService nmfusion
#@ ij.ImagePlus (label = "Source A (e.g. MRI)") sourceA
#@ ij.ImagePlus (label = "Source B (e.g. CT or PET)") sourceB
#@ String (label = "Preset or method", choices = {"medical", "multifocus", "irvis", "cnn-nmf", "cnn", "cnn-focus", "focus-stack", "average", "pca", "dwt", "laplacian-max", "nmf"}) method
#@output ij.ImagePlus fused
# Fiji Jython script (copy to Fiji.app/scripts/Plugins/NMFusion/): fuse two registered images with the
# scriptable API; see docs/method.md for the methods.
fused = nmfusion.fuse(sourceA, sourceB, method)
