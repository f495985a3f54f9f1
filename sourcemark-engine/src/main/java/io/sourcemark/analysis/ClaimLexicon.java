package io.sourcemark.analysis;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word classes that say whether a sentence can be checked: numbers and dates, past events, comparisons, causes,
 * legal and official status, what a policy does, and their opposites: the future, opinions and feelings, hedges,
 * first and second person. General English, not drawn from any article.
 */
final class ClaimLexicon {

    enum Group {
        NUMBER, UNIT, DATE, EVENT, PAST, COMPARISON, CAUSE, LEGAL, POLICY, FUTURE, MODAL, OPINION, FEELING, HEDGE,
        FIRST_PERSON, SECOND_PERSON, NEGATION, DESCRIPTION, REPORTING, DEFINITE_TIME, QUESTION_WORD, PRESENT,
        TITLE, PERFECT
    }

    private static final Map<Group, String> WORDS = Map.ofEntries(
            Map.entry(Group.NUMBER, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
                    + " fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand"
                    + " thousands million millions billion billions trillion dozen dozens percent per cent half"
                    + " third quarter twice double doubled tripled halved majority minority"),
            Map.entry(Group.UNIT, "km kilometers kilometres miles mile tons tonnes kg pounds feet foot meters metres"
                    + " hours minutes seconds days weeks months years dollars euros pounds people percent acres"
                    + " degrees votes seats cases deaths"),
            Map.entry(Group.DATE, "january february march april may june july august september october november"
                    + " december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul"
                    + " aug sept sep oct nov dec"),
            Map.entry(Group.DEFINITE_TIME, "yesterday today last ago earlier since previously formerly recently"
                    + " already"),
            Map.entry(Group.EVENT, "arrested killed died dead death deaths injured wounded voted vote votes ruled"
                    + " ruling signed launched approved passed rejected sentenced charged convicted resigned elected"
                    + " won lost fired attacked struck shot released closed suspended withdrew withdrawn declared"
                    + " filed sued banned raised increased decreased rose fell reached recorded supplied sold"
                    + " bought agreed joined visited traveled travelled hosted held met attended announced"
                    + " confirmed detained stabbed crashed collapsed vanished disappeared destroyed discovered"
                    + " found published issued awarded paid spent invested cut imposed lifted introduced"
                    + " ratified blocked overturned appointed nominated confirmed acquired merged shut shutdown"
                    + " occurred happened began started ended completed finished hit"),
            Map.entry(Group.PAST, "was were had did been made took gave went came began became saw spent paid built"
                    + " brought knew grew led left sent told said wrote spoke chose broke stole ran fought"),
            Map.entry(Group.COMPARISON, "first only record largest biggest highest lowest smallest most least more"
                    + " fewer less than unprecedented historic ever never worst best longest shortest oldest"
                    + " youngest fastest slowest greatest top leading second third compared"),
            Map.entry(Group.CAUSE, "because due caused cause causes causing led result resulted results therefore"
                    + " consequently thanks owing responsible blamed triggered prompted"),
            Map.entry(Group.LEGAL, "illegal unlawful lawful legal law laws court courts judge judges violate"
                    + " violated violates violation violations resolution resolutions sanction sanctions"
                    + " sanctioning constitution constitutional unconstitutional charged charges convicted"
                    + " sentenced indicted prosecutor prosecutors lawsuit lawsuits subpoena subpoenaed immunity"
                    + " treaty legislation regulation regulations banned prohibited prohibits allowed permitted"
                    + " required license licence jurisdiction ruled verdict trial guilty officially"
                    + " impeachment extradition"),
            Map.entry(Group.POLICY, "provides provide provided allows allow requires require funding fund funds"
                    + " program programme programs policy policies bill act deal agreement agreements measure"
                    + " measures tax taxes tariff tariffs budget billion plan scheme initiative reform aid"
                    + " assistance subsidies benefits eligible mandatory"),
            Map.entry(Group.FUTURE, "will 'll shall going gonna plan plans planned planning intend intends intended"
                    + " aims aim expects expected expect upcoming next tomorrow soon future later"),
            Map.entry(Group.MODAL, "would could might may should must can cannot can't couldn't wouldn't"
                    + " shouldn't"),
            Map.entry(Group.OPINION, "believe believes think thinks thought feel feels important crucial critical"
                    + " essential great good bad terrible wonderful incredible strongly deeply truly really"
                    + " clearly obviously firmly deserve deserves need needs let's must best worst right wrong"
                    + " fair unfair shameful disgraceful outrageous ridiculous remarkable extraordinary"
                    + " tremendous amazing exciting forceful"),
            Map.entry(Group.FEELING, "proud grateful honored honoured excited thrilled pleased delighted sorry"
                    + " love hope hopes hoping wish wishes pray prayers thoughts congratulations congratulate"
                    + " thank thanks welcome appreciate happy sad angry concerned worried fear afraid glad"
                    + " committed honor honour passion"),
            Map.entry(Group.HEDGE, "possible possibly perhaps probably likely unlikely potential potentially"
                    + " hypothetical maybe plausible suggest suggested suggests theory speculate speculation"
                    + " seems seem appear appears apparently unclear uncertain reportedly allegedly"),
            Map.entry(Group.FIRST_PERSON, "i me my mine we us our ours i'm we're i've we've i'll we'll"),
            Map.entry(Group.SECOND_PERSON, "you your yours you're you've you'll"),
            Map.entry(Group.NEGATION, "not no never nothing none n't don't doesn't didn't won't isn't aren't"),
            Map.entry(Group.DESCRIPTION, "known called named based located consists includes include contains"
                    + " designed managed operated owned"),
            Map.entry(Group.REPORTING, "said says told according added stated announced claimed reported"
                    + " explained noted wrote tweeted remarked"),
            Map.entry(Group.PRESENT, "is are am has have does do isn't aren't"),
            Map.entry(Group.PERFECT, "has have had been"),
            Map.entry(Group.TITLE, "president minister spokesman spokeswoman spokesperson director secretary"
                    + " chairman chair chief head leader governor senator mayor professor researcher expert"
                    + " founder ceo official officials adviser advisor ambassador representative member"),
            Map.entry(Group.QUESTION_WORD, "what why how who when where which whether"));

    private final Map<String, Set<Group>> groups = new HashMap<>();

    ClaimLexicon() {
        WORDS.forEach((g, words) -> {
            for (String w : words.split(" ")) {
                groups.computeIfAbsent(w, k -> EnumSet.noneOf(Group.class)).add(g);
            }
        });
    }

    /** The groups of a lower-case word; the empty set for most words. */
    Set<Group> of(String lower) {
        Set<Group> g = groups.get(lower);
        if (g != null) {
            return g;
        }
        if (lower.length() > 5 && lower.endsWith("est") && !lower.endsWith("ifest")) {
            return Set.of(Group.COMPARISON);
        }
        if (lower.length() > 4 && lower.endsWith("ed") && !lower.endsWith("eed")) {
            return Set.of(Group.PAST);
        }
        return Set.of();
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
