package org.actorgraph.ui.analysis;

/**
 * One community in the community legend.
 *
 * @param name "Community 1"
 * @param colour its fill colour as #RRGGBB
 * @param members the names of its actors, comma-separated
 */
public record CommunityItem(String name, String colour, String members) { }
