package org.casework.notices.service.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Locale;

import org.casework.notices.domain.Recipient;
import org.casework.platform.digest.Sha256;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

/** Lays a notice's text out as an A4 PDF (OpenPDF, standard fonts). */
public final class NoticePdfRenderer {

    public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private NoticePdfRenderer() {
    }

    public static byte[] render(NoticeText text) {
        return render(text, false);
    }

    /**
     * The same layout, byte for byte the same every time for the same text: the document's dates are the day it was
     * given (midnight, London) and its file identifier is derived from its reference, title and that day, where
     * {@link #render(NoticeText)} stamps the time of rendering and a random identifier. For documents that are not
     * stored but rendered when asked for, so their SHA-256 never changes (the fixed penalties for unpaid fees).
     */
    public static byte[] renderReproducible(NoticeText text) {
        return render(text, true);
    }

    private static byte[] render(NoticeText text, boolean reproducible) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(text.title() + " " + text.reference());
            if (text.caseReference() != null) {
                document.addSubject("Case " + text.caseReference());
            }
            document.addCreator("Casework notice-service");
            document.open();
            if (reproducible) {
                PdfDate given = new PdfDate(GregorianCalendar.from(text.givenOn().atStartOfDay(LONDON)));
                writer.getInfo().put(PdfName.CREATIONDATE, given);
                writer.getInfo().put(PdfName.MODDATE, given);
            }
            document.add(new Paragraph("Information Commissioner", SMALL));
            document.add(spaced(new Paragraph(text.title(), TITLE), 6));
            document.add(new Paragraph("Reference: " + text.reference()
                    + (text.caseReference() == null ? "" : "    Case: " + text.caseReference()), BODY));
            document.add(spaced(new Paragraph("Date given: " + format(text.givenOn()), BODY), 12));
            document.add(new Paragraph("To:", HEADING));
            for (Recipient recipient : text.recipients()) {
                String number = recipient.companyNumber() == null ? "" : " (company number " + recipient.companyNumber() + ")";
                document.add(new Paragraph(recipient.name() + number, BODY));
                document.add(spaced(new Paragraph(recipient.address() == null ? "" : recipient.address(), BODY), 6));
            }
            int number = 1;
            for (NoticeText.Section section : text.sections()) {
                Paragraph heading = new Paragraph(number++ + ". " + section.heading(), HEADING);
                heading.setSpacingBefore(12);
                document.add(heading);
                for (String paragraph : section.paragraphs()) {
                    document.add(spaced(new Paragraph(paragraph, BODY), 4));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the notice could not be laid out", e);
        }
        return reproducible ? withFixedIdentifier(out.toByteArray(), text) : out.toByteArray();
    }

    /**
     * Replaces the trailer's random file identifier (two 16-byte strings, written as 32 hex digits each) with one
     * derived from the text, keeping every byte offset (same length), so the cross-reference table stays valid.
     */
    private static byte[] withFixedIdentifier(byte[] pdf, NoticeText text) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = raw.lastIndexOf("/ID [<");
        if (at < 0) {
            return pdf;
        }
        String id = Sha256.hex((text.reference() + "\n" + text.title() + "\n" + text.givenOn())
                .getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        int first = at + "/ID [<".length();
        int second = first + 32 + "><".length();
        byte[] fixed = pdf.clone();
        byte[] hex = id.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(hex, 0, fixed, first, 32);
        System.arraycopy(hex, 0, fixed, second, 32);
        return fixed;
    }

    public static String format(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    private static Paragraph spaced(Paragraph paragraph, float after) {
        paragraph.setSpacingAfter(after);
        return paragraph;
    }
}
