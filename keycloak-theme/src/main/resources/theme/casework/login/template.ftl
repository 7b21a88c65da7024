<#--
  The GOV.UK page around every sign-in page: skip link, header, one column, error summary, footer.
  errorFor names the field the error summary links to (the GOV.UK pattern: summary at the top, the same
  message beside the field); a page without a field in error links to its heading.
-->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false errorFor="">
<#assign heading><#nested "header"></#assign>
<#assign failed = message?has_content && message.type = 'error'>
<!DOCTYPE html>
<html lang="${lang!'en'}" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title><#if failed>Error: </#if>${heading?markup_string?trim?no_esc} – ${realm.displayName!'Casework'}</title>
  <#if properties.meta?has_content>
    <#list properties.meta?split(' ') as meta>
  <meta name="${meta?split('==')[0]}" content="${meta?split('==')[1]}">
    </#list>
  </#if>
  <link rel="icon" sizes="48x48" href="${url.resourcesPath}/govuk/assets/images/favicon.ico">
  <#list properties.styles?split(' ') as style>
  <link rel="stylesheet" href="${url.resourcesPath}/${style}">
  </#list>
  <script type="module">
    <#outputformat "JavaScript">
    import { startSessionPolling } from ${(url.resourcesPath + "/js/authChecker.js")?c};
    startSessionPolling(${url.ssoLoginInOtherTabsUrl?c});
    </#outputformat>
  </script>
  <#if authenticationSession??>
  <script type="module">
    <#outputformat "JavaScript">
    import { checkAuthSession } from ${(url.resourcesPath + "/js/authChecker.js")?c};
    checkAuthSession(${authenticationSession.authSessionIdHash?c});
    </#outputformat>
  </script>
  </#if>
</head>
<body class="govuk-template__body ${bodyClass}" data-page-id="login-${pageId}">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header">
    <div class="govuk-header__container govuk-width-container">
      <div class="govuk-header__logo">
        <span class="govuk-header__logotype-text">Information Commissioner</span>
      </div>
    </div>
  </header>
  <section aria-label="Service information" class="govuk-service-navigation">
    <div class="govuk-width-container">
      <div class="govuk-service-navigation__container">
        <span class="govuk-service-navigation__service-name">${realm.displayName!'Casework'}</span>
      </div>
    </div>
  </section>
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <#if failed>
          <div class="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 class="govuk-error-summary__title">There is a problem</h2>
              <div class="govuk-error-summary__body">
                <ul class="govuk-list govuk-error-summary__list">
                  <li><a href="#${errorFor?has_content?then(errorFor, 'kc-page-title')}">${kcSanitize(message.summary)?no_esc}</a></li>
                </ul>
              </div>
            </div>
          </div>
          <#elseif displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
          <div class="govuk-notification-banner<#if message.type = 'success'> govuk-notification-banner--success</#if>" role="region" aria-labelledby="banner-title">
            <div class="govuk-notification-banner__header">
              <h2 class="govuk-notification-banner__title" id="banner-title"><#if message.type = 'success'>Success<#else>Important</#if></h2>
            </div>
            <div class="govuk-notification-banner__content">
              <p class="govuk-notification-banner__heading">${kcSanitize(message.summary)?no_esc}</p>
            </div>
          </div>
          </#if>

          <h1 class="govuk-heading-l" id="kc-page-title" tabindex="-1">${heading?markup_string?trim?no_esc}</h1>

          <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
          <#nested "show-username">
          <p class="govuk-body casework-signing-in-as" id="kc-username">Signing in as <strong id="kc-attempted-username">${auth.attemptedUsername}</strong>.
            <a class="govuk-link" id="reset-login" href="${url.loginRestartFlowUrl}">Not you? Start again</a></p>
          </#if>

          <#nested "form">

          <#if auth?has_content && auth.showTryAnotherWayLink()>
          <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
            <input type="hidden" name="tryAnotherWay" value="on">
            <button type="submit" class="govuk-button govuk-button--secondary" id="try-another-way">${msg("doTryAnotherWay")}</button>
          </form>
          </#if>

          <#nested "socialProviders">

          <#if displayInfo>
          <div id="kc-info" class="govuk-body">
            <#nested "info">
          </div>
          </#if>
        </div>
      </div>
    </main>
  </div>
  <footer class="govuk-footer">
    <div class="govuk-width-container">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <p class="govuk-body-s">${msg("caseworkFooter")}</p>
        </div>
      </div>
    </div>
  </footer>
</body>
</html>
</#macro>
