// NMFusion example: fuse a focus stack in one pass and keep its height map (headless-safe).
// Run in Fiji: Plugins > Macros > Run..., or headless:
//   fiji --headless -batch Fuse_Focus_Stack.ijm "stack=/data/focus.tif unit=z"
// Writes STACK_fused.tif, STACK_height.tif (slice index from 0, or with unit=z the calibrated depth) and
// STACK_confidence.tif next to the stack.
args = getArgument();
stack = getArgValue(args, "stack", "");
unit = getArgValue(args, "unit", "slice");
if (stack == "") stack = File.openDialog("Focus stack");
base = File.getDirectory(stack) + File.getNameWithoutExtension(stack);
setBatchMode(true);
open(stack); title = getTitle();
run("Fuse Stack", "stack=[" + title + "] height_unit=" + unit + " height_smoothing=3 height_edge_radius=4 show_confidence=true");
// the outputs are titled after the stack: NAME-fused, NAME-height, NAME-confidence
name = File.getNameWithoutExtension(title);
selectImage(name + "-confidence"); saveAs("Tiff", base + "_confidence.tif"); close();
selectImage(name + "-height"); saveAs("Tiff", base + "_height.tif"); close();
selectImage(name + "-fused"); saveAs("Tiff", base + "_fused.tif");
print("fused: " + base + "_fused.tif");

function getArgValue(args, key, dflt) {
	parts = split(args, " ");
	for (j = 0; j < parts.length; j++) if (startsWith(parts[j], key + "=")) return substring(parts[j], lengthOf(key) + 1);
	return dflt;
}
