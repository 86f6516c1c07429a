package org.jointplan.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jointplan.domain.Measure;
import org.jointplan.domain.spc.Improvement;

/**
 * Reads a measure written before schema version 6 (packages of format 1 and 2, and the exchange snapshots stored
 * from them): {@code higherIsBetter} becomes {@code better}, the one {@code target} and {@code targetDate} become the
 * first of {@code targets}, and {@code decimals} defaults to one place. A measure of today passes unchanged.
 */
final class LegacyMeasureJson extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return description.getBeanClass() == Measure.class ? new Upgrading(deserializer) : deserializer;
    }

    static void upgrade(ObjectNode measure) {
        JsonNode higher = measure.remove("higherIsBetter");
        if (higher != null && !measure.has("better")) {
            measure.put("better", higher.asBoolean() ? Improvement.INCREASE.name() : Improvement.DECREASE.name());
        }
        JsonNode target = measure.remove("target");
        JsonNode targetDate = measure.remove("targetDate");
        if (target != null && !target.isNull() && !measure.has("targets")) {
            ArrayNode targets = measure.putArray("targets");
            ObjectNode first = targets.addObject();
            first.set("value", target);
            first.set("by", targetDate);
        }
        if (!measure.has("decimals")) {
            measure.put("decimals", 1);
        }
    }

    private static final class Upgrading extends DelegatingDeserializer {
        Upgrading(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Upgrading(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            JsonNode tree = p.readValueAsTree();
            if (tree instanceof ObjectNode measure) {
                upgrade(measure);
            }
            JsonParser upgraded = tree.traverse(p.getCodec());
            upgraded.nextToken();
            return super.deserialize(upgraded, context);
        }
    }
}
