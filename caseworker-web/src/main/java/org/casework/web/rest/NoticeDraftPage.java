package org.casework.web.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.client.Service;
import org.casework.web.service.Form;
import org.casework.web.service.NoticeForm;
import org.casework.web.service.Option;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Drafting a notice. For a notice of intent or a penalty notice the page is the fine calculator: each
 * step's band, value and reason, and the breakdown worked out by notice-service ("Preview" without
 * JavaScript, live with it). Saving creates the DRAFT; issuing happens on the notice's own page.
 */
@Path("/cases/{id}/notices/new")
public class NoticeDraftPage {

    @Location("notice-new.html")
    Template page;

    private final ApiGateway api;
    private final Pages pages;

    public NoticeDraftPage(ApiGateway api, Pages pages) {
        this.api = api;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public TemplateInstance form(@PathParam("id") String id, @QueryParam("type") String type) {
        String chosen = type == null || type.isBlank() ? "NOTICE_OF_INTENT" : type;
        if (Option.NOTICE_TYPES.stream().noneMatch(o -> o.value().equals(chosen))) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        Map<String, Object> theCase = theCase(id);
        Form form = Form.empty().set("type", chosen)
                .set("tier", "STANDARD").set("representation-days", "28").set("effectiveness-percent", "0");
        Object turnover = ((Map<?, ?>) theCase.get("organisation")).get("worldwideTurnover");
        if (turnover instanceof Map<?, ?> t) {
            form.set("turnover-amount", String.valueOf(t.get("amount")));
        }
        List<String> everyEntity = new java.util.ArrayList<>();
        for (int i = 0; i < entities(theCase).size(); i++) {
            everyEntity.add(String.valueOf(i));
        }
        form.setAll("recipients", everyEntity);
        return view(theCase, form, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response submit(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> theCase = theCase(id);
        String type = form.value("type");
        if ("preview".equals(form.value("action"))) {
            try {
                return Response.ok(view(theCase, form, api.send(Service.NOTICES, "POST", "/penalty-calculations",
                        NoticeForm.calculation(form), Map.of()))).build();
            } catch (ApiProblemException | ApiUnavailableException e) {
                // answered like a refused save: the errors beside the fields, or what to do
                return pages.submit(form, () -> {
                    throw e;
                }, NoticeForm::fieldFor, () -> view(theCase, form, null));
            }
        }
        Map<String, Object> draft = NoticeForm.draft(form, id, type, entities(theCase));
        if (form.hasErrors()) {
            return pages.refused(400, view(theCase, form, null));
        }
        return pages.submit(form, () -> "/notices/" + ((Map<?, ?>) api.send(Service.NOTICES, "POST", "/notices", draft,
                Map.of())).get("id"), NoticeForm::fieldFor, () -> view(theCase, form, null));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> theCase(String id) {
        return (Map<String, Object>) api.get(Service.CASES, "/cases/" + id);
    }

    private static List<?> entities(Map<String, Object> theCase) {
        Object entities = ((Map<?, ?>) theCase.get("organisation")).get("legalEntities");
        return entities instanceof List<?> l ? l : List.of();
    }

    private TemplateInstance view(Map<String, Object> theCase, Form form, Object calculation) {
        String type = form.value("type");
        return pages.render(page, "theCase", theCase, "form", form, "calculation", calculation,
                "withCalculation", NoticeForm.needsCalculation(type), "typeLabel", label(type),
                "bands", Option.BANDS, "tiers", Option.TIERS, "factorKinds", Option.FACTOR_KINDS,
                "factorRows", Option.Row.of("factor", NoticeForm.FACTOR_ROWS));
    }

    private static String label(String type) {
        return Option.NOTICE_TYPES.stream().filter(o -> o.value().equals(type)).map(Option::label).findFirst()
                .orElse("Notice");
    }
}
