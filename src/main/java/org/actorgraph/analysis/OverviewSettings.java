package org.actorgraph.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.model.OverviewSetting;

/**
 * Between the overview a view file keeps ({@link OverviewSetting}, plain model) and the one the
 * session draws ({@link GroupingSpec}). An expanded community is a group id
 * {@code group:community:<actor id>} in the spec and just that actor id in the file: the id of the
 * community's most central member by the spec's metric, stable for the same corpus, metric and
 * person grouping. Used by the window's saved views and by the command line's {@code export --view}.
 */
public final class OverviewSettings {

    private OverviewSettings() {
    }

    /** The setting a view file keeps for {@code spec}. */
    public static OverviewSetting of(GroupingSpec spec) {
        Set<String> leaders = new LinkedHashSet<>();
        for (String id : spec.expanded()) {
            if (id.startsWith(ActorGrouping.COMMUNITY_ID_PREFIX)) {
                leaders.add(id.substring(ActorGrouping.COMMUNITY_ID_PREFIX.length()));
            }
        }
        return new OverviewSetting(OverviewSetting.Mode.valueOf(spec.mode().name()), spec.topK(),
                OverviewSetting.Centrality.valueOf(spec.metric().name()), leaders);
    }

    /**
     * What to tell the user about the actors {@code setting} names as expanded communities that
     * lead none (the corpus or the metric changed since the view was saved): each is folded into a
     * group, named in the message. Ids the corpus does not know are not among them; they are
     * reported as unknown ids.
     *
     * @param grouped the unfiltered graph grouped as {@code setting} says
     */
    public static List<String> expandedNonLeaders(OverviewSetting setting, AggregatedGraph grouped) {
        if (setting.mode() != OverviewSetting.Mode.COMMUNITIES) {
            return List.of();
        }
        return setting.expandedLeaderIds().stream().sorted()
                .flatMap(id -> grouped.corpus().actor(id).stream())
                .flatMap(actor -> grouped.groupContaining(actor).stream().map(group -> actor.name() + " ("
                        + actor.id() + ") does not lead a community; it is drawn inside \u201c" + group.actor().name()
                        + "\u201d"))
                .toList();
    }

    /** The spec that draws {@code setting}. */
    public static GroupingSpec spec(OverviewSetting setting) {
        Set<String> groups = new LinkedHashSet<>();
        setting.expandedLeaderIds().forEach(id -> groups.add(ActorGrouping.COMMUNITY_ID_PREFIX + id));
        return new GroupingSpec(GroupingSpec.Mode.valueOf(setting.mode().name()), setting.topK(),
                Metric.valueOf(setting.metric().name()), groups);
    }
}
