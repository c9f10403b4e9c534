package org.actorgraph.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the graph shows: every criterion the filter panel, a saved view or the command line can set.
 * All criteria combine with "and". The default value, {@link #NONE}, shows everything.
 *
 * <p>"Hidden" sets name what is left out, so that a type added to a corpus later is shown by
 * default. "Only" sets name what is kept; empty means no restriction.
 *
 * @param hiddenTypeIds relation types left out
 * @param hiddenCertainties certainty groups left out (a claim's group is {@link Relation#certainty()})
 * @param hiddenStatuses statuses left out
 * @param hiddenActorIds actors left out, with their relations
 * @param hideIsolated leave out actors that have no visible relation
 * @param onlyArticleIds keep only claims stated in these articles
 * @param onlyOutlets keep only claims from articles of these outlets
 * @param onlyAttributions keep only claims made by these claimants ({@link Attribution#by()}); the
 *     empty string stands for claims the outlet makes in its own voice
 * @param onlyTouchingActorIds keep only claims with one of these actors at either end
 * @param from keep only claims whose period reaches this day or later, or null
 * @param to keep only claims whose period starts on this day or earlier, or null
 * @param keepUndated with a date bound set, whether claims that cannot be placed in time stay
 * @param minEvidence keep only edges with at least this many distinct evidence sentences (1 = all)
 * @param focus keep only the neighbourhood of one actor, or null
 */
public record FilterCriteria(Set<String> hiddenTypeIds, Set<Certainty> hiddenCertainties,
                             Set<Status> hiddenStatuses, Set<String> hiddenActorIds, boolean hideIsolated,
                             Set<String> onlyArticleIds, Set<String> onlyOutlets, Set<String> onlyAttributions,
                             Set<String> onlyTouchingActorIds, LocalDate from, LocalDate to, boolean keepUndated,
                             int minEvidence, Focus focus) {

    /** Shows everything. */
    public static final FilterCriteria NONE = new FilterCriteria(Set.of(), Set.of(), Set.of(), Set.of(), false,
            Set.of(), Set.of(), Set.of(), Set.of(), null, null, true, 1, null);

    public FilterCriteria {
        hiddenTypeIds = copy(hiddenTypeIds);
        hiddenCertainties = copy(hiddenCertainties);
        hiddenStatuses = copy(hiddenStatuses);
        hiddenActorIds = copy(hiddenActorIds);
        onlyArticleIds = copy(onlyArticleIds);
        onlyOutlets = copy(onlyOutlets);
        onlyAttributions = copy(onlyAttributions);
        onlyTouchingActorIds = copy(onlyTouchingActorIds);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (minEvidence < 1) {
            throw new IllegalArgumentException("minimum evidence must be at least 1, was " + minEvidence);
        }
    }

    private static <T> Set<T> copy(Set<T> values) {
        return Set.copyOf(Objects.requireNonNullElse(values, Set.of()));
    }

    /** Whether everything is shown: every criterion as in {@link #NONE}. */
    public boolean isEmpty() {
        // Criterion by criterion rather than equals(NONE): a record's equals is generated on its
        // first call, and this is asked while the window opens.
        return hiddenTypeIds.isEmpty() && hiddenCertainties.isEmpty() && hiddenStatuses.isEmpty()
                && hiddenActorIds.isEmpty() && !hideIsolated && onlyArticleIds.isEmpty() && onlyOutlets.isEmpty()
                && onlyAttributions.isEmpty() && onlyTouchingActorIds.isEmpty() && from == null && to == null
                && keepUndated && minEvidence == 1 && focus == null;
    }

    public FilterCriteria withHiddenTypeIds(Set<String> ids) {
        return new FilterCriteria(ids, hiddenCertainties, hiddenStatuses, hiddenActorIds, hideIsolated,
                onlyArticleIds, onlyOutlets, onlyAttributions, onlyTouchingActorIds, from, to, keepUndated,
                minEvidence, focus);
    }

    public FilterCriteria withHiddenCertainties(Set<Certainty> certainties) {
        return new FilterCriteria(hiddenTypeIds, certainties, hiddenStatuses, hiddenActorIds, hideIsolated,
                onlyArticleIds, onlyOutlets, onlyAttributions, onlyTouchingActorIds, from, to, keepUndated,
                minEvidence, focus);
    }

    public FilterCriteria withHiddenStatuses(Set<Status> statuses) {
        return new FilterCriteria(hiddenTypeIds, hiddenCertainties, statuses, hiddenActorIds, hideIsolated,
                onlyArticleIds, onlyOutlets, onlyAttributions, onlyTouchingActorIds, from, to, keepUndated,
                minEvidence, focus);
    }

    public FilterCriteria withHiddenActorIds(Set<String> ids) {
        return new FilterCriteria(hiddenTypeIds, hiddenCertainties, hiddenStatuses, ids, hideIsolated,
                onlyArticleIds, onlyOutlets, onlyAttributions, onlyTouchingActorIds, from, to, keepUndated,
                minEvidence, focus);
    }

    public FilterCriteria withHideIsolated(boolean hide) {
        return new FilterCriteria(hiddenTypeIds, hiddenCertainties, hiddenStatuses, hiddenActorIds, hide,
                onlyArticleIds, onlyOutlets, onlyAttributions, onlyTouchingActorIds, from, to, keepUndated,
                minEvidence, focus);
    }

    public FilterCriteria withOnlyArticleIds(Set<String> ids) {
        return new FilterCriteria(hiddenTypeIds, hiddenCertainties, hiddenStatuses, hiddenActorIds, hideIsolated,
                ids, onlyOutlets, onlyAttributions, onlyTouchingActorIds, from, to, keepUndated, minEvidence, focus);
    }

    public FilterCriteria withOnlyOutlets(Set<String> outlets) {
        return new FilterCriteria(hiddenTypeIds, hiddenCertainties, hiddenStatuses, hiddenActorIds, hideIsolated,
                onlyArticleIds, outlets, onlyAttributions, onlyTouchingActorIds, from, to, keepUndated, minEvidence,
                focus);
    }

    public FilterCriteria withOnlyAttributions(Set<String> claimants) {
        return new FilterCriteria(hiddenTypeIds, hiddenCertainties, hiddenStatuses, hiddenActorIds, hideIsolated,
                onlyArticleIds, onlyOutlets, claimants, onlyTouchingActorIds, from, to, keepUndated, minEvidence,
                focus);
    }

    public FilterCriteria withOnlyTouchingActorIds(Set<String> ids) {
        return new FilterCriteria(hiddenTypeIds, hiddenCertainties, hiddenStatuses, hiddenActorIds, hideIsolated,
                onlyArticleIds, onlyOutlets, onlyAttributions, ids, from, to, keepUndated, minEvidence, focus);
    }

    public FilterCriteria withPeriod(LocalDate newFrom, LocalDate newTo, boolean keepUndatedClaims) {
        return new FilterCriteria(hiddenTypeIds, hiddenCertainties, hiddenStatuses, hiddenActorIds, hideIsolated,
                onlyArticleIds, onlyOutlets, onlyAttributions, onlyTouchingActorIds, newFrom, newTo,
                keepUndatedClaims, minEvidence, focus);
    }

    public FilterCriteria withMinEvidence(int minimum) {
        return new FilterCriteria(hiddenTypeIds, hiddenCertainties, hiddenStatuses, hiddenActorIds, hideIsolated,
                onlyArticleIds, onlyOutlets, onlyAttributions, onlyTouchingActorIds, from, to, keepUndated, minimum,
                focus);
    }

    public FilterCriteria withFocus(Focus newFocus) {
        return new FilterCriteria(hiddenTypeIds, hiddenCertainties, hiddenStatuses, hiddenActorIds, hideIsolated,
                onlyArticleIds, onlyOutlets, onlyAttributions, onlyTouchingActorIds, from, to, keepUndated,
                minEvidence, newFocus);
    }
}
