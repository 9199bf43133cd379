package no.ankomst.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import java.io.Writer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The one chart code of the app: JFreeChart draws a {@link ChartData} on any {@link Graphics2D}, so the weekly
 * report (a Jasper {@link Graphics2DRenderable}: vector in the PDF, an image in the XLSX) and the home view (SVG
 * through Batik's SVG Graphics2D) show the same chart. No state: safe from any thread.
 */
public final class Charts {

    /** DejaVu Sans is what the reports print in; browsers fall back to any sans-serif. */
    private static final String FONT = "DejaVu Sans";
    private static final Color[] PALETTE = {new Color(0x1f5fa8), new Color(0xc0392b), new Color(0x2e8b57),
            new Color(0x8e44ad)};

    private Charts() {
    }

    /**
     * The chart as JFreeChart draws it: gaps where a week has no snapshot, whole numbers on the value axis, weeks
     * along the axis as {@code W37} (the summary names them in full). A narrow chart (the report's) turns them.
     */
    static JFreeChart chart(ChartData data, boolean narrow) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartData.Series series : data.series()) {
            for (int i = 0; i < data.categories().size(); i++) {
                dataset.addValue(series.values().get(i), series.name(),
                        data.categories().get(i).replaceFirst("^[0-9]{4}-(W[0-9]{2})$", "$1"));
            }
        }
        boolean legend = data.series().size() > 1;
        JFreeChart chart = data.kind() == ChartData.Kind.LINE
                ? ChartFactory.createLineChart(data.title(), null, null, dataset, PlotOrientation.VERTICAL, legend,
                        false, false)
                : ChartFactory.createBarChart(data.title(), null, null, dataset, PlotOrientation.VERTICAL, legend,
                        false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.getTitle().setFont(new Font(FONT, Font.BOLD, 13));
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(new Font(FONT, Font.PLAIN, 10));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0d0d0));
        plot.setOutlineVisible(false);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(new Font(FONT, Font.PLAIN, 9));
        if (narrow && data.kind() == ChartData.Kind.LINE) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setTickLabelFont(new Font(FONT, Font.PLAIN, 9));
        if (plot.getRenderer() instanceof LineAndShapeRenderer line) {
            line.setDefaultShapesVisible(true);
            for (int i = 0; i < data.series().size(); i++) {
                line.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
                line.setSeriesStroke(i, new BasicStroke(2f));
            }
        } else if (plot.getRenderer() instanceof BarRenderer bar) {
            bar.setBarPainter(new StandardBarPainter());
            bar.setShadowVisible(false);
            for (int i = 0; i < data.series().size(); i++) {
                bar.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            }
        }
        return chart;
    }

    /**
     * The chart as a standalone SVG document of the given size, scaling to its box ({@code viewBox}), with the title
     * and the summary as its {@code <title>} and {@code <desc>} (what a screen reader says).
     */
    public static String svg(ChartData data, int width, int height) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
            context.setComment(null);
            SVGGraphics2D graphics = new SVGGraphics2D(context, false);
            graphics.setSVGCanvasSize(new Dimension(width, height));
            chart(data, false).draw(graphics, new Rectangle(0, 0, width, height));
            Element root = graphics.getRoot();
            root.setAttribute("viewBox", "0 0 " + width + " " + height);
            root.setAttribute("role", "img");
            root.setAttribute("aria-labelledby", data.id() + "-title " + data.id() + "-desc");
            Element desc = document.createElementNS(SVG_NS, "desc");
            desc.setAttribute("id", data.id() + "-desc");
            desc.setTextContent(data.summary());
            root.insertBefore(desc, root.getFirstChild());
            Element title = document.createElementNS(SVG_NS, "title");
            title.setAttribute("id", data.id() + "-title");
            title.setTextContent(data.title());
            root.insertBefore(title, root.getFirstChild());
            Writer out = new StringWriter();
            graphics.stream(root, out, true, false);
            graphics.dispose();
            // Batik names the SVG 1.0 DTD on the web: nothing should fetch it (and no browser needs it)
            return out.toString().replaceFirst("<!DOCTYPE[^>]*>\\s*", "");
        } catch (ParserConfigurationException | SVGGraphics2DIOException e) {
            throw new IllegalStateException("chart " + data.id() + " could not be written as SVG", e);
        }
    }

    /** The chart for an image element of a Jasper template: drawn at print time, as vectors in the PDF. */
    public static Renderable renderable(ChartData data) {
        return new ChartRenderable(chart(data, true));
    }

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final class ChartRenderable extends AbstractRenderer implements Graphics2DRenderable {

        private static final long serialVersionUID = 1L;

        private final transient JFreeChart chart;

        ChartRenderable(JFreeChart chart) {
            this.chart = chart;
        }

        @Override
        public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
            chart.draw(graphics, area);
        }
    }
}
