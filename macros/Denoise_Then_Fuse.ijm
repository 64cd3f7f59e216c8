// NMFusion example: Hann-mean denoise two registered images, then fuse them (headless-safe).
// Run in Fiji: Plugins > Macros > Run..., or headless:
//   fiji --headless -batch Denoise_Then_Fuse.ijm "a=/data/mri.png b=/data/ct.png out=/data/fused.tif radius=1 preset=medical"
args = getArgument();
a = getArgValue(args, "a", "");
b = getArgValue(args, "b", "");
out = getArgValue(args, "out", "");
radius = getArgValue(args, "radius", "1");
preset = getArgValue(args, "preset", "medical"); // medical, multifocus or irvis
if (a == "") a = File.openDialog("Source A");
if (b == "") b = File.openDialog("Source B");
if (out == "") out = File.getDirectory(a) + File.getNameWithoutExtension(a) + "_fused.tif";
setBatchMode(true);
open(a); titleA = getTitle();
run("Hann-Mean Denoise", "input=[" + titleA + "] radius=" + radius + " background_threshold=NaN float_output=false");
denoisedA = getTitle();
open(b); titleB = getTitle();
run("Hann-Mean Denoise", "input=[" + titleB + "] radius=" + radius + " background_threshold=NaN float_output=false");
denoisedB = getTitle();
run("Fuse Images", "source_a=[" + denoisedA + "] source_b=[" + denoisedB + "] preset=" + preset + " show_weight_map=false");
saveAs("Tiff", out);
print("fused: " + out);

function getArgValue(args, key, dflt) {
	parts = split(args, " ");
	for (j = 0; j < parts.length; j++) if (startsWith(parts[j], key + "=")) return substring(parts[j], lengthOf(key) + 1);
	return dflt;
}
