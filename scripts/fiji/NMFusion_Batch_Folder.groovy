#@ NMFusionService nmfusion
#@ File (label = "Folder of NAME_A / NAME_B pairs", style = "directory") folder
#@ File (label = "Output folder", style = "directory") output
#@ String (label = "Preset or method", choices = {"medical", "multifocus", "irvis", "cnn-nmf", "cnn", "cnn-focus", "focus-stack", "average", "pca", "dwt", "laplacian-max", "nmf"}) method
#@output String summary
// Fiji script (copy to Fiji.app/scripts/Plugins/NMFusion/): batch fusion of a folder with one loaded model.
// Writes output/NAME_fused.png (or .tif) and output/report.csv; bad pairs are reported, not fatal.
import org.nmfusion.batch.PairOutcome
import org.nmfusion.service.FusionRequest

def outcomes = nmfusion.fuseBatch(FusionRequest.folder(folder, null).method(method).output(output))
def failed = outcomes.findAll { it.status() == PairOutcome.Status.FAILED }
summary = "${outcomes.size()} pairs, ${failed.size()} failed" + failed.collect { "\n  ${it.pair().id()}: ${it.message()}" }.join("")
