import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the JointPlan icon: a plan timeline (three staggered bars under a quarter grid, and a milestone diamond) on
 * a deep blue tile. Run from the project folder with "java packaging/icons/DrawIcon.java" (Java 11+ runs a single
 * source file); it writes the PNGs that packaging and the window use. Drawn in code so that every size is sharp
 * and the icon can be changed by editing numbers, not pixels.
 */
public final class DrawIcon {
    private static final Color TILE_TOP = new Color(0x1F5FA8);
    private static final Color TILE_BOTTOM = new Color(0x123A6B);
    private static final Color GRID = new Color(255, 255, 255, 70);
    private static final Color BAR = Color.WHITE;
    private static final Color MILESTONE = new Color(0xF2A93B);

    public static void main(String[] args) throws IOException {
        int[] packaging = {16, 32, 48, 64, 128, 256, 512};
        for (int size : packaging) {
            write(draw(size), new File("packaging/icons/jointplan-" + size + ".png"));
        }
        for (int size : new int[] {32, 64, 256}) {
            write(draw(size), new File("src/main/resources/org/jointplan/ui/icons/jointplan-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0); // designed on a 256 grid
        g.setPaint(new GradientPaint(0, 0, TILE_TOP, 0, 256, TILE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        g.setColor(GRID);
        g.setStroke(new BasicStroke(4f));
        for (int x = 68; x <= 188; x += 60) { // quarter lines of the financial year
            g.drawLine(x, 44, x, 212);
        }
        g.setColor(BAR);
        g.fill(new RoundRectangle2D.Double(40, 62, 112, 30, 30, 30));
        g.fill(new RoundRectangle2D.Double(84, 113, 116, 30, 30, 30));
        g.fill(new RoundRectangle2D.Double(60, 164, 88, 30, 30, 30));
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(192, 156);
        diamond.lineTo(216, 179);
        diamond.lineTo(192, 202);
        diamond.lineTo(168, 179);
        diamond.closePath();
        g.setColor(MILESTONE);
        g.fill(diamond);
        g.dispose();
        return image;
    }

    private static void write(BufferedImage image, File file) throws IOException {
        file.getParentFile().mkdirs();
        ImageIO.write(image, "png", file);
    }
}
