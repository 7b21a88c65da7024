package org.casework.web.page;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The record-the-hearing form as posted (multipart/form-data): its fields and the documents uploaded with it. */
public class HearingRecordForm {

    @RestForm("held-on-day")
    public String day;
    @RestForm("held-on-month")
    public String month;
    @RestForm("held-on-year")
    public String year;
    @RestForm("held-attendees")
    public String attendees;
    @RestForm("held-note")
    public String note;
    @RestForm("files")
    public List<FileUpload> files;
}
