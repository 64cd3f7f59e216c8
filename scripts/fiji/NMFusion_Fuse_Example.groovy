#@ NMFusionService nmfusion
#@ ij.ImagePlus (label = "Source A (e.g. MRI)") sourceA
#@ ij.ImagePlus (label = "Source B (e.g. CT or PET)") sourceB
#@ String (label = "Preset or method", choices = {"medical", "multifocus", "irvis", "cnn-nmf", "cnn", "cnn-focus", "focus-stack", "average", "pca", "dwt", "laplacian-max", "nmf"}) method
#@output ij.ImagePlus fused
#@output ij.ImagePlus weightMap
// Fiji script (copy to Fiji.app/scripts/Plugins/NMFusion/): fuse two registered images with the
// scriptable API and get the weight map the method used; see docs/method.md for the methods and
// docs/options.md for the options a request can override.
import org.nmfusion.service.FusionRequest

def result = nmfusion.fuse(FusionRequest.images(sourceA, sourceB).method(method).option("threshold", 0.6))
fused = result.fused()
weightMap = result.weightMap()
