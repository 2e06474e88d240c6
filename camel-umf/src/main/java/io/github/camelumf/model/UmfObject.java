package io.github.camelumf.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Base of every typed UMF object. Maps its fields to snake_case JSON members and keeps every member it does not know
 * (in arrival order), so that nothing UMF sends is dropped and re-serialising writes it back.
 * <p>
 * The Jackson mapping is declared by annotations on this class (fields only, snake_case, non-null), so any
 * {@code ObjectMapper} maps these objects the same way; {@link UmfJson#mapper()} adds exact decimals.
 * <p>
 * Two objects are equal when they serialise to the same JSON tree.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
                creatorVisibility = Visibility.NONE)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class UmfObject {

    /** Created with the first unknown member: most objects have none, and every answer maps a dozen objects. */
    @JsonIgnore
    private Map<String, JsonNode> unknownMembers;

    /** The members of this object that have no typed field, by JSON name, in arrival order (read-only view). */
    @JsonAnyGetter
    public Map<String, JsonNode> getUnknownMembers() {
        return unknownMembers == null ? Collections.emptyMap() : Collections.unmodifiableMap(unknownMembers);
    }

    /** One member without a typed field, or {@code null}. */
    public JsonNode getUnknownMember(String name) {
        return unknownMembers == null ? null : unknownMembers.get(name);
    }

    /** Sets a member that has no typed field (Jackson calls this for every unknown member it reads). */
    @JsonAnySetter
    public void setUnknownMember(String name, JsonNode value) {
        members().put(name, value);
    }

    /**
     * Sets a member that has no typed field from any value Jackson can convert (String, number, Map, ...); a
     * {@code null} value removes the member.
     */
    public void putUnknownMember(String name, Object value) {
        if (value == null) {
            if (unknownMembers != null) {
                unknownMembers.remove(name);
            }
        } else {
            members().put(name, UmfJson.mapper().valueToTree(value));
        }
    }

    private Map<String, JsonNode> members() {
        if (unknownMembers == null) {
            unknownMembers = new LinkedHashMap<>();
        }
        return unknownMembers;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        return UmfJson.mapper().valueToTree(this).equals(UmfJson.mapper().valueToTree(other));
    }

    @Override
    public int hashCode() {
        return UmfJson.mapper().valueToTree(this).hashCode();
    }

    /** Starts the masked {@code toString()} of this object; subclasses add their fields. */
    protected final SafeToString describe() {
        return new SafeToString(this, getUnknownMembers().keySet());
    }
}
