// NMFusion batch example: fuse every NAME_A / NAME_B pair of a folder (headless-safe).
// Run in Fiji: Plugins > Macros > Run..., or headless:
//   fiji --headless -batch Fuse_Folder.ijm "in=/data/pairs out=/data/fused preset=medical"
// Writes out/NAME_fused.png (8-bit, RGB) or .tif and out/report.csv; a bad pair is reported in the
// report and skipped, the batch goes on; existing outputs are kept (set overwrite=true to replace them).
args = getArgument();
in = getArgValue(args, "in", "");
out = getArgValue(args, "out", "");
preset = getArgValue(args, "preset", "medical"); // medical, multifocus or irvis
overwrite = getArgValue(args, "overwrite", "false");
if (in == "") in = getDirectory("Folder of NAME_A / NAME_B pairs");
if (out == "") out = getDirectory("Output folder");
setBatchMode(true);
run("Batch Fuse Folder", "input_folder=[" + in + "] output_folder=[" + out + "] preset=" + preset + " overwrite=" + overwrite);
print("done; see " + out + File.separator + "report.csv");

function getArgValue(args, key, dflt) {
	parts = split(args, " ");
	for (j = 0; j < parts.length; j++) if (startsWith(parts[j], key + "=")) return substring(parts[j], lengthOf(key) + 1);
	return dflt;
}
