<#-- Setting up the authenticator app, the first time a person signs in without one (Keycloak's CONFIGURE_TOTP). -->
<#import "template.ftl" as layout>
<#import "password-commons.ftl" as passwordCommons>
<#assign codeWrong = messagesPerField.existsError('totp')>
<#assign labelWrong = messagesPerField.existsError('userLabel')>
<@layout.registrationLayout displayMessage=!(codeWrong || labelWrong) errorFor=codeWrong?then('totp', labelWrong?then('userLabel', '')); section>
  <#if section = "header">
    ${msg("loginTotpTitle")}
  <#elseif section = "form">
    <p class="govuk-body">${msg("loginTotpIntro")}</p>
    <ol class="govuk-list govuk-list--number" id="kc-totp-settings">
      <li>${msg("loginTotpStep1")}
        <ul class="govuk-list govuk-list--bullet" id="kc-totp-supported-apps">
          <#list totp.supportedApplications as app><li>${msg(app)}</li></#list>
        </ul>
      </li>
      <#if mode?? && mode = "manual">
      <li>${msg("loginTotpManualStep2")}
        <p class="govuk-body"><code class="govuk-!-font-weight-bold" id="kc-totp-secret-key">${totp.totpSecretEncoded}</code></p>
        <p class="govuk-body"><a class="govuk-link" href="${totp.qrUrl}" id="mode-barcode">${msg("loginTotpScanBarcode")}</a></p>
        <p class="govuk-body">${msg("loginTotpManualStep3")}</p>
        <ul class="govuk-list govuk-list--bullet">
          <li id="kc-totp-type">${msg("loginTotpType")}: ${msg("loginTotp." + totp.policy.type)}</li>
          <li id="kc-totp-algorithm">${msg("loginTotpAlgorithm")}: ${totp.policy.getAlgorithmKey()}</li>
          <li id="kc-totp-digits">${msg("loginTotpDigits")}: ${totp.policy.digits}</li>
          <#if totp.policy.type = "totp"><li id="kc-totp-period">${msg("loginTotpInterval")}: ${totp.policy.period}</li></#if>
        </ul>
      </li>
      <#else>
      <li>${msg("loginTotpStep2")}
        <img class="casework-qr" id="kc-totp-secret-qr-code" src="data:image/png;base64, ${totp.totpSecretQrCode}" alt="${msg("caseworkQrAlt")}">
        <p class="govuk-body"><a class="govuk-link" href="${totp.manualUrl}" id="mode-manual">${msg("loginTotpUnableToScan")}</a></p>
      </li>
      </#if>
      <li>${msg("loginTotpStep3")}</li>
    </ol>

    <form action="${url.loginAction}" id="kc-totp-settings-form" method="post" novalidate>
      <div class="govuk-form-group<#if codeWrong> govuk-form-group--error</#if>">
        <label class="govuk-label govuk-label--s" for="totp">${msg("authenticatorCode")}</label>
        <#if codeWrong>
        <p id="totp-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${kcSanitize(messagesPerField.get('totp'))?no_esc}</p>
        </#if>
        <input class="govuk-input casework-code-input<#if codeWrong> govuk-input--error</#if>" id="totp" name="totp" type="text"
               inputmode="numeric" autocomplete="one-time-code" spellcheck="false" <#if codeWrong>aria-describedby="totp-error"</#if>>
        <input type="hidden" id="totpSecret" name="totpSecret" value="${totp.totpSecret}">
        <#if mode??><input type="hidden" id="mode" name="mode" value="${mode}"></#if>
      </div>
      <div class="govuk-form-group<#if labelWrong> govuk-form-group--error</#if>">
        <label class="govuk-label govuk-label--s" for="userLabel">${msg("loginTotpDeviceName")}</label>
        <div id="userLabel-hint" class="govuk-hint">${msg("loginTotpStep3DeviceName")}</div>
        <#if labelWrong>
        <p id="userLabel-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${kcSanitize(messagesPerField.get('userLabel'))?no_esc}</p>
        </#if>
        <input class="govuk-input govuk-!-width-one-half<#if labelWrong> govuk-input--error</#if>" id="userLabel" name="userLabel" type="text"
               autocomplete="off" aria-describedby="userLabel-hint<#if labelWrong> userLabel-error</#if>">
      </div>
      <@passwordCommons.logoutOtherSessions/>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" id="saveTOTPBtn">${msg("doSubmit")}</button>
        <#if isAppInitiatedAction??>
        <button type="submit" class="govuk-button govuk-button--secondary" id="cancelTOTPBtn" name="cancel-aia" value="true">${msg("doCancel")}</button>
        </#if>
      </div>
    </form>
  </#if>
</@layout.registrationLayout>
