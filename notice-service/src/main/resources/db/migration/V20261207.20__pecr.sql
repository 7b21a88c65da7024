-- PECR penalties (PECR reg 31 and Sch 1): the law a notice's penalty is given under and, for PECR, the infringement
-- period and the regulations contravened, copied from the calculation input so they can be queried and checked here.
ALTER TABLE notice
    ADD COLUMN legal_regime text NOT NULL DEFAULT 'DPA_UK_GDPR',
    ADD COLUMN pecr_infringed_from date,
    ADD COLUMN pecr_infringed_to date,
    ADD COLUMN pecr_regulations text;

ALTER TABLE notice
    ADD CONSTRAINT notice_legal_regime_known CHECK (legal_regime IN ('DPA_UK_GDPR', 'PECR')),
    ADD CONSTRAINT notice_pecr_details CHECK (
        CASE WHEN legal_regime = 'PECR'
             THEN pecr_infringed_from IS NOT NULL AND pecr_infringed_to IS NOT NULL
                  AND pecr_infringed_to >= pecr_infringed_from AND pecr_regulations IS NOT NULL
                  AND pecr_regulations <> ''
             ELSE pecr_infringed_from IS NULL AND pecr_infringed_to IS NULL AND pecr_regulations IS NULL
        END);
