// NMFusion example: score every fused image of a batch (OUT/NAME_fused.png from "Batch Fuse Folder")
// against its sources (DATA/NAME_A.*, DATA/NAME_B.*) and collect all rows in one CSV (headless-safe).
// Run in Fiji: Plugins > Macros > Run..., or headless:
//   fiji --headless -batch Score_Fused_Folder.ijm "data=/data/pairs fused=/data/fused csv=/data/scores.csv"
args = getArgument();
data = getArgValue(args, "data", "");
fused = getArgValue(args, "fused", "");
csv = getArgValue(args, "csv", "");
if (data == "") data = getDirectory("Folder of NAME_A / NAME_B pairs");
if (fused == "") fused = getDirectory("Folder of NAME_fused images");
if (csv == "") csv = fused + File.separator + "scores.csv";
setBatchMode(true);
list = getFileList(fused);
tmp = getDirectory("temp") + "nmfusion-score.csv";
header = "";
scored = 0;
for (i = 0; i < list.length; i++) {
	if (indexOf(list[i], "_fused.") < 0) continue;
	name = substring(list[i], 0, indexOf(list[i], "_fused."));
	a = findSource(data, name + "_A.");
	b = findSource(data, name + "_B.");
	if (a == "" || b == "") { print("no sources for " + list[i]); continue; }
	open(data + File.separator + a); ta = getTitle();
	open(data + File.separator + b); tb = getTitle();
	open(fused + File.separator + list[i]); tf = getTitle();
	run("Fusion Quality", "source_a=[" + ta + "] source_b=[" + tb + "] fused=[" + tf + "] metrics=all csv_file=[" + tmp + "]");
	lines = split(File.openAsString(tmp), "\n");
	if (header == "") { header = "name," + lines[0]; File.saveString(header + "\n", csv); }
	File.append(name + "," + lines[1], csv);
	scored++;
	close("*");
}
print("scored " + scored + " fused images into " + csv);

function findSource(dir, prefix) {
	files = getFileList(dir);
	for (k = 0; k < files.length; k++) if (startsWith(files[k], prefix)) return files[k];
	return "";
}

function getArgValue(args, key, dflt) {
	parts = split(args, " ");
	for (j = 0; j < parts.length; j++) if (startsWith(parts[j], key + "=")) return substring(parts[j], lengthOf(key) + 1);
	return dflt;
}
