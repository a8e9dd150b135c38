package dev.weft.ui;

/**
 * A group the signed-in user belongs to, when asked for at sign-in
 * ({@link LoginOptions#fetchGroups()}): for GitHub, a team of an organisation, or the organisation
 * itself ({@code team} null).
 *
 * @param organization the organisation's login
 * @param team the team's slug, or null for membership of the organisation itself
 */
public record AuthGroup(String organization, String team) {
}
