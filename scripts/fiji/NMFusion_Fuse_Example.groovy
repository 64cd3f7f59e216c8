#@ NMFusionService nmfusion
#@ ij.ImagePlus (label = "Source A (e.g. MRI)") sourceA
#@ ij.ImagePlus (label = "Source B (e.g. CT or PET)") sourceB
#@ String (label = "Method", choices = {"cnn-nmf", "cnn", "cnn-focus", "average", "pca", "dwt", "laplacian-max", "nmf"}) method
#@output ij.ImagePlus fused
#@output ij.ImagePlus weightMap
// Fiji script (copy to Fiji.app/scripts/Plugins/NMFusion/): fuse two registered images with the
// scriptable API and get the weight map the method used; see docs/method.md for the methods.
import org.nmfusion.fusion.method.FusionOptions

def options = FusionOptions.builder().threshold(0.6).build()
def result = nmfusion.fuse(sourceA, sourceB, method, options, null, null)
fused = result.fused()
weightMap = result.weightMap()
