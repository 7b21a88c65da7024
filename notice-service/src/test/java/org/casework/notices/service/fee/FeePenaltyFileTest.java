package org.casework.notices.service.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.casework.notices.domain.fee.FeePenaltyBatch.RowError;
import org.casework.notices.domain.fee.FixedPenaltyTable;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Reading an upload of unpaid charges: the file as a whole, then each row with its line and column. */
class FeePenaltyFileTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private static FeePenaltyFile.Checked check(String text) {
        return FeePenaltyFile.check(text.getBytes(StandardCharsets.UTF_8), FixedPenaltyTable.bundled(), TODAY);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaksAndLinesKeepTheirNumbers() {
        FeePenaltyFile.Checked c = check("\uFEFF" + FeePenaltyFile.HEADER + "\r\n"
                + "org-1,\"Smith, Jones \"\"& Co\"\"\",ZA000001,1,2025-03-01,,\r\n"
                + "\r\n"
                + "org-2,\"Two\nLines Ltd\",ZA000002,2,2025-03-01,,\r\n"
                + "org-3,Three Ltd,ZA000003,3,2025-03-01,5644.50,\"Ignored reminders, twice\"\r\n");
        assertEquals(3, c.rowsRead());
        assertEquals("Smith, Jones \"& Co\"", c.candidates().get(0).organisationName());
        assertEquals(2, c.candidates().get(0).row());
        // a name across two lines is not one line of text: refused, reported on the line the record starts on
        assertEquals(new RowError(4, "organisation_name", "must be at most 200 characters on one line, without control "
                + "characters"), c.errors().get(0));
        assertEquals(6, c.candidates().get(1).row());
        assertEquals("5644.50", c.candidates().get(1).terms().amount().toPlainString());
    }

    @Test
    void eachWrongColumnOfARowIsReported() {
        FeePenaltyFile.Checked c = check(FeePenaltyFile.HEADER + "\n"
                + ",Name,ZA 1,0,2025-13-01,12.345,\n"
                + "org-1,Name,ZA1,1\n");
        assertEquals(0, c.candidates().size());
        assertEquals(6, c.errors().size());
        assertEquals("organisation_id", c.errors().get(0).column());
        assertEquals("is required", c.errors().get(0).reason());
        assertEquals("reference", c.errors().get(1).column());
        assertEquals("tier", c.errors().get(2).column());
        assertEquals("charge_period_start", c.errors().get(3).column());
        assertEquals("aggravated_amount", c.errors().get(4).column());
        assertEquals(new RowError(3, "*", "has 4 columns; the header has 7"), c.errors().get(5));
    }

    @Test
    void aFileThatIsNotOurCsvIsRefusedAsAWhole() {
        assertEquals("urn:casework:problem:csv-header", assertThrows(ProblemException.class,
                () -> check("organisation_id;organisation_name\n")).problem().getType().toString());
        assertEquals("urn:casework:problem:not-csv", assertThrows(ProblemException.class,
                () -> check(FeePenaltyFile.HEADER + "\norg-1,a\"b\",ZA1,1,2025-03-01,,\n")).problem().getType().toString());
        assertThrows(ProblemException.class, () -> FeePenaltyFile.check(new byte[] { (byte) 0xC3, 0x28 },
                FixedPenaltyTable.bundled(), TODAY));
    }
}
