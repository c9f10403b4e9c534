package org.actorgraph.analysis;

import java.util.LinkedHashSet;
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

    /** The spec that draws {@code setting}. */
    public static GroupingSpec spec(OverviewSetting setting) {
        Set<String> groups = new LinkedHashSet<>();
        setting.expandedLeaderIds().forEach(id -> groups.add(ActorGrouping.COMMUNITY_ID_PREFIX + id));
        return new GroupingSpec(GroupingSpec.Mode.valueOf(setting.mode().name()), setting.topK(),
                Metric.valueOf(setting.metric().name()), groups);
    }
}
