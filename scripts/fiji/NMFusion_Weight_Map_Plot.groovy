#@ NMFusionService nmfusion
#@ ij.ImagePlus (label = "Source A") sourceA
#@ ij.ImagePlus (label = "Source B") sourceB
#@output ij.ImagePlus weightMap
#@output ij.gui.Plot profile
// Fiji script (copy to Fiji.app/scripts/Plugins/NMFusion/): the CNN weight map of A (1 = A sharper or
// more active) with a fire LUT, and its profile along the middle row.
import ij.gui.Plot

weightMap = nmfusion.weightMap(sourceA, sourceB, null)
weightMap.getProcessor().setMinAndMax(0, 1)
try {
	weightMap.setLut(ij.process.LUT.createLutFromColor(java.awt.Color.ORANGE))
} catch (e) { /* a gray LUT is fine */ }
def ip = weightMap.getProcessor()
int y = ip.getHeight().intdiv(2)
double[] x = (0..<ip.getWidth()).collect { it as double } as double[]
double[] w = (0..<ip.getWidth()).collect { ip.getf(it, y) as double } as double[]
profile = new Plot("Weight of A along row " + y, "x (pixels)", "weight of A")
profile.add("line", x, w)
profile.setLimits(0, ip.getWidth() - 1, 0, 1)
