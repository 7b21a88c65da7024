<#-- The second step: the code from the authenticator app (numeric input, one-time-code autocomplete). -->
<#import "template.ftl" as layout>
<#assign wrong = messagesPerField.existsError('totp')>
<@layout.registrationLayout displayMessage=!wrong errorFor=wrong?then('otp', ''); section>
  <#if section = "header">
    ${msg("caseworkOtpTitle")}
  <#elseif section = "form">
    <form id="kc-otp-login-form" action="${url.loginAction}" method="post" novalidate>
      <#if otpLogin.userOtpCredentials?size gt 1>
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${msg("caseworkWhichDevice")}</legend>
          <div class="govuk-radios" data-module="govuk-radios">
            <#list otpLogin.userOtpCredentials as otpCredential>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="kc-otp-credential-${otpCredential?index}" type="radio" name="selectedCredentialId"
                     value="${otpCredential.id}" <#if otpCredential.id == otpLogin.selectedCredentialId>checked</#if>>
              <label class="govuk-label govuk-radios__label" for="kc-otp-credential-${otpCredential?index}">${otpCredential.userLabel}</label>
            </div>
            </#list>
          </div>
        </fieldset>
      </div>
      </#if>
      <div class="govuk-form-group<#if wrong> govuk-form-group--error</#if>">
        <label class="govuk-label govuk-label--s" for="otp">${msg("loginOtpOneTime")}</label>
        <div id="otp-hint" class="govuk-hint">${msg("caseworkOtpHint")}</div>
        <#if wrong>
        <p id="otp-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${kcSanitize(messagesPerField.get('totp'))?no_esc}</p>
        </#if>
        <input class="govuk-input casework-code-input<#if wrong> govuk-input--error</#if>" id="otp" name="otp" type="text"
               inputmode="numeric" autocomplete="one-time-code" spellcheck="false" autofocus
               aria-describedby="otp-hint<#if wrong> otp-error</#if>">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" name="login" id="kc-login" value="${msg("doLogIn")}">${msg("caseworkContinue")}</button>
    </form>
  </#if>
</@layout.registrationLayout>
