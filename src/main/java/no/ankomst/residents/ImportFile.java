package no.ankomst.residents;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.slf4j.LoggerFactory;

/**
 * An uploaded registration list kept on disk, so preview and commit read exactly the same bytes and
 * nothing of it has to stay in memory. UTF-8 is tried strictly; bytes that are not UTF-8 are read as
 * windows-1251, what Excel in a Cyrillic Windows saves as "CSV". {@code name} is the uploaded file's
 * name, for messages.
 */
record ImportFile(Path path, String name, long size, Charset charset, char delimiter) {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** The upload was larger than allowed; what was copied is already deleted. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("larger than " + max + " bytes");
        }
    }

    /**
     * The upload is no text file (a spreadsheet, an image, UTF-16, random bytes) or is empty;
     * {@code ruleKey} says which. What was copied is already deleted.
     */
    static final class NotText extends IOException {
        private final String ruleKey;

        NotText(String ruleKey) {
            super(ruleKey);
            this.ruleKey = ruleKey;
        }

        String ruleKey() {
            return ruleKey;
        }
    }

    /**
     * Copies the upload to a temporary file, giving up (and deleting it) past {@code maxBytes} or when
     * it is no text.
     */
    static ImportFile store(InputStream upload, String name, long maxBytes) throws IOException {
        Path path = Files.createTempFile("ankomst-import-", ".csv");
        try {
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(path)) {
                for (int read = upload.read(buffer); read >= 0; read = upload.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new NotText("import.error.emptyFile");
            }
            Charset charset = readsAsText(path, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : WINDOWS_1251;
            if (charset == WINDOWS_1251 && !readsAsText(path, WINDOWS_1251)) {
                throw new NotText("import.error.notText");
            }
            return new ImportFile(path, name, size, charset, delimiter(path, charset));
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(path);
            throw failed;
        }
    }

    boolean readAsWindows1251() {
        return charset.equals(WINDOWS_1251);
    }

    /** A parser over the file; {@code counter} sees the bytes read, for the progress bar. */
    CSVParser open(ByteCounter counter) throws IOException {
        counter.attach(Files.newInputStream(path));
        Reader reader = new BufferedReader(new InputStreamReader(counter, charset), 64 * 1024);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        return CSVParser.parse(reader, format);
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException failed) {
            // nothing the user can do about it; the temp folder is cleaned by the system in the end
            LoggerFactory.getLogger(ImportFile.class).warn("could not delete {}", path, failed);
        }
    }

    /**
     * Whether the whole file decodes strictly in {@code charset} without control characters other than
     * tab, line breaks and form feed. Text never holds a NUL or the like; spreadsheets (ZIP), images,
     * UTF-16 (a NUL beside every Latin letter) and random bytes do, and windows-1251, which decodes
     * almost any byte, would otherwise turn them into nonsense rows.
     */
    private static boolean readsAsText(Path path, Charset charset) throws IOException {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), decoder)) {
            char[] buffer = new char[64 * 1024];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (isBinary(buffer[i])) {
                        return false;
                    }
                }
            }
            return true;
        } catch (CharacterCodingException notThisCharset) {
            return false;
        }
    }

    private static boolean isBinary(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    /** Comma unless the header line has more semicolons or tabs (Norwegian Excel saves with semicolons). */
    private static char delimiter(Path path, Charset charset) throws IOException {
        String header;
        try (BufferedReader reader = Files.newBufferedReader(path, charset)) {
            header = reader.readLine();
        }
        if (header == null) {
            return ',';
        }
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** Counts the bytes a parser has pulled from the file. */
    static final class ByteCounter extends FilterInputStream {
        private volatile long count;

        ByteCounter() {
            super(InputStream.nullInputStream());
        }

        long count() {
            return count;
        }

        private void attach(InputStream file) {
            in = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
