package org.actorgraph.ui.export;

import java.util.HashMap;
import java.util.Map;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.render.Rgb;
import org.actorgraph.render.VertexLook;

/**
 * The window's vertex colours (smartgraph.css) as render colours, so an exported picture fills
 * actors as the screen does: by kind, or by community when the window colours by community.
 */
final class WindowLook {

    private WindowLook() {
    }

    static Rgb fill(ActorKind kind) {
        return Rgb.hex(switch (kind) {
            case STATE -> "#BBDEFB";
            case PERSON -> "#FFE0B2";
            case ORGANISATION -> "#D1C4E9";
            case GROUP -> "#C8E6C9";
            case OTHER -> "#CFD8DC";
        });
    }

    static Rgb stroke(ActorKind kind) {
        return Rgb.hex(switch (kind) {
            case STATE -> "#1E5A8C";
            case PERSON -> "#A65E00";
            case ORGANISATION -> "#4A3A8C";
            case GROUP -> "#2E6B30";
            case OTHER -> "#607D8B";
        });
    }

    /**
     * @param radii the window's radius per actor
     * @param communityFills fill per actor when colouring by community; empty when by kind
     */
    static Map<Actor, VertexLook> looks(Iterable<Actor> actors, Map<Actor, Double> radii,
                                       Map<Actor, String> communityFills) {
        Map<Actor, VertexLook> looks = new HashMap<>();
        for (Actor actor : actors) {
            Double radius = radii.get(actor);
            String community = communityFills.get(actor);
            looks.put(actor, new VertexLook(radius == null || !(radius > 0) ? 14 : radius,
                    community != null ? Rgb.hex(community) : fill(actor.kind()), stroke(actor.kind())));
        }
        return looks;
    }
}
