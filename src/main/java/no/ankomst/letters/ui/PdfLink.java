package no.ankomst.letters.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import no.ankomst.letters.LetterRecords.LetterFile;

/** A download link for a PDF already produced (and audited) in the background; the bytes stay in the session. */
final class PdfLink {

    private PdfLink() {
    }

    static Anchor of(String id, LetterFile file, String label) {
        byte[] content = file.content();
        DownloadHandler handler = event -> {
            event.setFileName(file.fileName());
            event.setContentType(file.mediaType());
            event.setContentLength(content.length);
            event.getOutputStream().write(content);
        };
        Anchor link = new Anchor(handler, label);
        link.setId(id);
        return link;
    }
}
