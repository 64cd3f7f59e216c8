// NMFusion batch example: Hann-mean denoise every image of a folder (headless-safe).
// Run in Fiji: Plugins > Macros > Run..., or headless:
//   fiji --headless -macro Hann_Mean_Denoise_Folder.ijm "in=/data/in out=/data/out radius=2"
// A bad file is reported and skipped; the batch goes on.
args = getArgument();
in = getArgValue(args, "in", "");
out = getArgValue(args, "out", "");
radius = parseInt(getArgValue(args, "radius", "2"));
if (in == "") in = getDirectory("Input folder");
if (out == "") out = getDirectory("Output folder");
setBatchMode(true);
list = getFileList(in);
failed = 0;
for (i = 0; i < list.length; i++) {
	if (endsWith(list[i], "/")) continue;
	open(in + File.separator + list[i]);
	src = getTitle();
	run("Hann-Mean Denoise", "input=[" + src + "] radius=" + radius + " background_threshold=NaN float_output=false");
	if (getTitle() == src) { print("skipped (see log): " + list[i]); failed++; close("*"); continue; }
	saveAs("Tiff", out + File.separator + File.getNameWithoutExtension(list[i]) + "-denoised.tif");
	close("*");
}
print("done: " + (list.length - failed) + " denoised, " + failed + " skipped");

function getArgValue(args, key, dflt) {
	parts = split(args, " ");
	for (j = 0; j < parts.length; j++) if (startsWith(parts[j], key + "=")) return substring(parts[j], lengthOf(key) + 1);
	return dflt;
}
