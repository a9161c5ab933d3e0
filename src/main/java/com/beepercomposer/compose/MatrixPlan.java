package com.beepercomposer.compose;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.i18n.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * Turns the "Send as…" choices into variants. The rule, in one place:
 * <ul>
 *   <li>types only: one variant per type, with no overrides;</li>
 *   <li>override sets only: one variant per set, the type left to the server (auto);</li>
 *   <li>both: every type with every set (the cross product), types in their menu order, sets in
 *       the order given, so 3 types and 2 sets make 6 messages.</li>
 * </ul>
 * A set's own {@code type} is never used: the types come from the ticked boxes.
 */
public final class MatrixPlan {
    /** At most this many override sets: with the seven types, 70 messages. */
    public static final int MAX_SETS = 10;

    private MatrixPlan() {
    }

    public static List<MatrixVariant> expand(Collection<AttachmentType> types, List<AttachmentOverrides> sets) {
        List<AttachmentType> ordered = types.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(types));
        List<MatrixVariant> variants = new ArrayList<>();
        if (sets.isEmpty()) {
            ordered.forEach(type -> variants.add(MatrixVariant.of(type, AttachmentOverrides.NONE)));
        } else if (ordered.isEmpty()) {
            sets.forEach(set -> variants.add(MatrixVariant.of(null, set)));
        } else {
            for (AttachmentType type : ordered) {
                sets.forEach(set -> variants.add(MatrixVariant.of(type, set)));
            }
        }
        return variants;
    }

    /** How many messages the choices make, and why: "3 types × 2 override sets = 6 messages". */
    public static String summary(int types, int sets) {
        if (types == 0 && sets == 0) {
            return Texts.get("matrixPlan.nothing");
        }
        if (sets == 0) {
            return Texts.get("matrixPlan.types", types);
        }
        if (types == 0) {
            return Texts.get("matrixPlan.sets", sets);
        }
        return Texts.get("matrixPlan.both", types, sets, types * sets);
    }
}
