package no.ankomst.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Compiles each template of {@code reports/} once (at first use, on the caller's thread: a service's, never the
 * UI's), then fills it from rows and exports PDF or XLSX. A template that does not compile or fill ends in a
 * {@link ReportFailedException} naming the template; nothing is written anywhere by this class.
 */
@Component
public class ReportRenderer {

    /** The output formats of every report. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    private static final String LOCATION = "classpath*:reports/*.jrxml";
    /** Filled pages a large export keeps on the heap; the rest wait in the swap file. */
    private static final int PAGES_IN_MEMORY = 50;
    private static final int SWAP_BLOCK_BYTES = 4096;
    private static final int SWAP_MIN_GROW_BLOCKS = 256;

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** The names of the templates in {@code reports/} (file name without {@code .jrxml}). */
    public List<String> templates() {
        try {
            List<String> names = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String file = String.valueOf(resource.getFilename());
                names.add(file.substring(0, file.length() - ".jrxml".length()));
            }
            return names.stream().sorted().toList();
        } catch (IOException e) {
            throw new ReportFailedException("reports/", e);
        }
    }

    /** The compiled template, compiled at its first use and kept (templates ship with the app and never change). */
    JasperReport compiled(String template) {
        return compiled.computeIfAbsent(template, ReportRenderer::compile);
    }

    private static JasperReport compile(String template) {
        if (!template.matches("[a-z0-9-]{1,60}")) {
            throw new ReportFailedException(template, new IllegalArgumentException("not a template name"));
        }
        Resource resource = new PathMatchingResourcePatternResolver()
                .getResource("classpath:reports/" + template + ".jrxml");
        try (InputStream in = resource.getInputStream()) {
            return JasperCompileManager.compileReport(in);
        } catch (IOException | JRException | RuntimeException e) {
            throw new ReportFailedException(template, e);
        }
    }

    /** Fills the template with the rows (field name to value) and parameters, and exports it. */
    public byte[] render(String template, Map<String, Object> parameters, Collection<Map<String, ?>> rows,
                         Format format) {
        return export(template, fill(template, parameters, rows), format);
    }

    /**
     * Fills the template with the rows and parameters without exporting: for callers that need the filled document
     * itself (its page count, several documents in one file) before {@link #export}.
     */
    public JasperPrint fill(String template, Map<String, Object> parameters, Collection<Map<String, ?>> rows) {
        JasperReport report = compiled(template);
        try {
            return JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(report, new HashMap<>(parameters), new JRMapCollectionDataSource(new ArrayList<>(rows)));
        } catch (JRException | RuntimeException e) {
            throw new ReportFailedException(template, e);
        }
    }

    /** Exports a filled document of {@code template} (named in a failure) as PDF or XLSX. */
    public byte[] export(String template, JasperPrint print, Format format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export(print, format, out);
            return out.toByteArray();
        } catch (JRException | RuntimeException e) {
            throw new ReportFailedException(template, e);
        }
    }

    /**
     * Fills the template from rows pulled one at a time and writes the file to {@code out}: for exports of
     * thousands of pages. Filled pages beyond the last few are swapped to a temporary file (Jasper's swap
     * virtualizer), so the heap holds a few pages whatever the length; the swap file is removed afterwards.
     */
    public void renderLarge(String template, Map<String, Object> parameters, Iterator<? extends Map<String, ?>> rows,
                            Format format, OutputStream out) {
        JasperReport report = compiled(template);
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                new JRSwapFile(System.getProperty("java.io.tmpdir"), SWAP_BLOCK_BYTES, SWAP_MIN_GROW_BLOCKS), true);
        try {
            Map<String, Object> filled = new HashMap<>(parameters);
            filled.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            JasperPrint print = JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(report, filled, new MapIteratorDataSource(rows));
            virtualizer.setReadOnly(true);
            export(print, format, out);
        } catch (JRException | RuntimeException e) {
            throw new ReportFailedException(template, e);
        } finally {
            virtualizer.cleanup();
        }
    }

    private static void export(JasperPrint print, Format format, OutputStream out) throws JRException {
        switch (format) {
            case PDF -> {
                JRPdfExporter exporter = new JRPdfExporter();
                exporter.setExporterInput(new SimpleExporterInput(print));
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter.exportReport();
            }
            case XLSX -> {
                JRXlsxExporter exporter = new JRXlsxExporter();
                exporter.setExporterInput(new SimpleExporterInput(print));
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
                configuration.setDetectCellType(true);
                configuration.setOnePagePerSheet(false);
                exporter.setConfiguration(configuration);
                exporter.exportReport();
            }
        }
    }

    /** A data source over rows pulled one at a time (a database cursor), where Jasper's own want a collection. */
    private static final class MapIteratorDataSource implements JRDataSource {

        private final Iterator<? extends Map<String, ?>> rows;
        private Map<String, ?> current = Map.of();

        MapIteratorDataSource(Iterator<? extends Map<String, ?>> rows) {
            this.rows = rows;
        }

        @Override
        public boolean next() {
            if (!rows.hasNext()) {
                return false;
            }
            current = rows.next();
            return true;
        }

        @Override
        public Object getFieldValue(JRField field) {
            return current.get(field.getName());
        }
    }
}
