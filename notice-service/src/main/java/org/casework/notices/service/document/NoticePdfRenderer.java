package org.casework.notices.service.document;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.casework.notices.domain.Recipient;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** Lays a notice's text out as an A4 PDF (OpenPDF, standard fonts). */
public final class NoticePdfRenderer {

    public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private NoticePdfRenderer() {
    }

    public static byte[] render(NoticeText text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text.title() + " " + text.reference());
            document.addSubject("Case " + text.caseReference());
            document.addCreator("Casework notice-service");
            document.open();
            document.add(new Paragraph("Information Commissioner", SMALL));
            document.add(spaced(new Paragraph(text.title(), TITLE), 6));
            document.add(new Paragraph("Reference: " + text.reference() + "    Case: " + text.caseReference(), BODY));
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
        return out.toByteArray();
    }

    public static String format(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    private static Paragraph spaced(Paragraph paragraph, float after) {
        paragraph.setSpacingAfter(after);
        return paragraph;
    }
}
