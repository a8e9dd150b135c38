package dev.weft.server;

import dev.weft.auth.ProviderSettings;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code WEFT_OAUTH_PROVIDERS_<NAME>_<FIELD>}: one field of one sign-in provider from the
 * environment, where secrets belong ({@code WEFT_OAUTH_PROVIDERS_GITHUB_CLIENT_SECRET}). It
 * overrides that field of {@code oauth.providers.<name>}, matched case-insensitively with {@code -}
 * as {@code _}; a provider the configuration does not name is added, named in lower case, so the
 * environment alone may define one. A variable whose field Weft does not know stops the start.
 */
final class ProviderVariables {

  private static final String PREFIX = "WEFT_OAUTH_PROVIDERS_";
  /** Field suffixes, longest first so {@code _CLIENT_ID} is not read as a name ending in {@code _CLIENT}. */
  private static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("_CLIENT_SECRET", "clientSecret");
    FIELDS.put("_CLIENT_ID", "clientId");
    FIELDS.put("_API_URL", "apiUrl");
    FIELDS.put("_ISSUER", "issuer");
    FIELDS.put("_SCOPES", "scopes");
    FIELDS.put("_TENANT", "tenant");
    FIELDS.put("_TYPE", "type");
    FIELDS.put("_SITE", "site");
  }

  private ProviderVariables() {
  }

  /** Overlays the environment's provider variables on {@code oauth.providers} of {@code json}. */
  static void apply(JsonObject json, Map<String, String> env) throws ConfigException {
    JsonObject providers = json.getJsonObject("oauth").getJsonObject("providers");
    for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
      String variable = e.getKey();
      if (!variable.startsWith(PREFIX)) {
        continue;
      }
      String rest = variable.substring(PREFIX.length());
      String field = null;
      String envName = null;
      for (Map.Entry<String, String> f : FIELDS.entrySet()) {
        if (rest.endsWith(f.getKey()) && rest.length() > f.getKey().length()) {
          field = f.getValue();
          envName = rest.substring(0, rest.length() - f.getKey().length());
          break;
        }
      }
      if (field == null) {
        throw new ConfigException(variable, "not a provider setting: use WEFT_OAUTH_PROVIDERS_"
            + "<NAME>_<FIELD> with FIELD one of " + String.join(", ", FIELDS.keySet().stream()
                .map(s -> s.substring(1)).toList()));
      }
      String name = nameFor(providers, envName);
      Object current = providers.getValue(name);
      JsonObject provider;
      if (current == null) {
        provider = new JsonObject();
        providers.put(name, provider);
      } else if (current instanceof JsonObject object) {
        provider = object;
      } else {
        throw new ConfigException(variable, "oauth.providers." + name + " must be a JSON object");
      }
      String value = e.getValue().trim();
      provider.put(field, field.equals("scopes")
          ? ConfigReader.parse(ConfigKey.list("oauth.providers." + name + ".scopes", ""), value, variable)
          : value);
    }
  }

  /** The configured provider an environment name means, or the name in lower case. */
  private static String nameFor(JsonObject providers, String envName) {
    for (String name : providers.fieldNames()) {
      if (ProviderSettings.envName(name).equals(envName)) {
        return name;
      }
    }
    return envName.toLowerCase(Locale.ROOT);
  }
}
