package io.crosscheck.figure;

/** Texts in several languages, shared by the engine's tests and the HTTP tests. */
public final class MixedLanguageTexts {

    /** A French, an English and a Spanish paragraph: "1.600" is 1.6 in English but 1600 in Spanish. */
    public static final String THREE_LANGUAGES = "Le gouvernement a annoncé mardi un plan de 2,5 milliards d'euros pour "
            + "l'hôpital, dont la moitié dès cette année. Selon les chiffres publiés par le ministère, le plan doit "
            + "créer plusieurs milliers d'emplois dans les territoires.\n"
            + "Apple reported quarterly revenue of $124.3 billion and said that the shares rose 1.600 points, as "
            + "the company said in a filing with the regulator that it would hire more staff in the quarter, which "
            + "is a first.\n"
            + "El Gobierno destinará 1.600 millones de euros a la sanidad, según el ministerio, y la medida "
            + "beneficiará a unos 2.000 hospitales de todo el país antes de que termine el año que viene, con "
            + "nuevas camas.\n";

    private MixedLanguageTexts() {
    }
}
