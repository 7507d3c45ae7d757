package nl.tztcheck.rules;

/**
 * The national sources the rules cite, each saying only what its source says
 * (../shared/domain/README.md). Art. 5.7 defines thuiszorgtechnologie, its 6.5 h cap and its tariff
 * ceiling; it says nothing of approval, same-month care or which technology is covered. Those are
 * insurer conditions, whose national basis is that the NZa leaves the conditions to the contract
 * between insurer and provider.
 */
final class Citations {

    /**
     * What art. 5.7 (via the NZa Q&amp;A) does say: the prestatie, its cap and its tariff ceiling,
     * Zvw only.
     */
    static final String NZA_ART_5_7 =
            "NZa Regeling verpleging en verzorging NR/REG-2407, art. 5.7 (thuiszorgtechnologie)";

    /**
     * The national basis of every condition an insurer adds: the contract or addendum, not the
     * regulation.
     */
    static final String CONTRACT =
            "Contract or addendum thuiszorgtechnologie with the insurer: the NZa leaves the conditions"
                    + " of 1062 to insurer and provider (NZa Q&A 'Hoe kan ik thuiszorgtechnologie declareren'); the condition itself"
                    + " is the insurer's";

    private Citations() {}
}
