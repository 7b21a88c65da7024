<#-- Sign in: username and password (GOV.UK text inputs; one message for both fields, as Keycloak gives it). -->
<#import "template.ftl" as layout>
<#assign wrong = messagesPerField.existsError('username','password')>
<@layout.registrationLayout displayMessage=!wrong errorFor=wrong?then((usernameHidden??)?then('password', 'username'), ''); section>
  <#if section = "header">
    ${msg("loginAccountTitle")}
  <#elseif section = "form">
    <#if realm.password>
    <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
      <#if !usernameHidden??>
      <div class="govuk-form-group<#if wrong> govuk-form-group--error</#if>">
        <label class="govuk-label govuk-label--s" for="username"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
        <#if wrong>
        <p id="username-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</p>
        </#if>
        <input class="govuk-input govuk-!-width-two-thirds<#if wrong> govuk-input--error</#if>" id="username" name="username" type="text"
               value="${(login.username!'')}" autocomplete="username" spellcheck="false" autofocus
               <#if wrong>aria-describedby="username-error"</#if>>
      </div>
      </#if>
      <div class="govuk-form-group<#if wrong && usernameHidden??> govuk-form-group--error</#if>">
        <label class="govuk-label govuk-label--s" for="password">${msg("password")}</label>
        <#if wrong && usernameHidden??>
        <p id="password-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</p>
        </#if>
        <input class="govuk-input govuk-!-width-two-thirds<#if wrong> govuk-input--error</#if>" id="password" name="password" type="password"
               autocomplete="current-password" <#if wrong && usernameHidden??>aria-describedby="password-error"</#if>>
      </div>
      <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>>
      <button type="submit" class="govuk-button" data-module="govuk-button" name="login" id="kc-login" value="${msg("doLogIn")}">${msg("doLogIn")}</button>
    </form>
    <p class="govuk-body">${msg("caseworkSignInHelp")}</p>
    </#if>
  </#if>
</@layout.registrationLayout>
