package io.retention.ml.tribuo;

import static io.retention.core.persistence.BinaryFields.readCount;
import static io.retention.core.persistence.BinaryFields.readString;
import static io.retention.core.persistence.BinaryFields.writeString;

import com.google.protobuf.InvalidProtocolBufferException;
import io.retention.core.RetentionException;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.explain.DecisionTree;
import io.retention.core.explain.TreeEnsemble;
import io.retention.core.explain.TreeNode;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnModelCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.ensemble.EnsembleModel;
import org.tribuo.protos.core.ModelProto;

/**
 * Stores the churn models trained in this module in Tribuo's protobuf form (never Java
 * serialization), with the feature schema and column selection around it. Decoded models give
 * bit-identical probabilities. Stateless and thread-safe.
 */
public final class TribuoChurnModelCodec implements ChurnModelCodec {
  /** The format identifier written into bundle files. */
  public static final String FORMAT = "tribuo-4.3-protobuf/1";

  /** Creates the codec. */
  public TribuoChurnModelCodec() {
    TribuoLogging.quiet();
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean supports(ChurnModel model) {
    return model instanceof TribuoChurnModel;
  }

  @Override
  public byte[] encode(ChurnModel model) {
    if (!(model instanceof TribuoChurnModel tribuo)) {
      throw new IllegalArgumentException("not a Tribuo churn model: " + model.getClass().getName());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      List<String> schema = tribuo.schema().names();
      out.writeInt(schema.size());
      for (String name : schema) {
        writeString(out, name);
      }
      int[] columns = tribuo.columns();
      String[] names = tribuo.names();
      out.writeInt(columns.length);
      for (int k = 0; k < columns.length; k++) {
        out.writeInt(columns[k]);
        writeString(out, names[k]);
      }
      writeString(out, tribuo.description());
      byte[] proto = ProvenanceTimes.withoutTimes(tribuo.model().serialize().toByteArray());
      out.writeInt(proto.length);
      out.write(proto);
      // The forest's node covers, which Tribuo does not keep: the leaf covers of every member.
      List<DecisionTree> trees = tribuo.forest().map(TreeEnsemble::trees).orElse(List.of());
      out.writeInt(trees.size());
      for (DecisionTree tree : trees) {
        double[] covers = TribuoTrees.leafCovers(tree.root());
        out.writeInt(covers.length);
        for (double cover : covers) {
          out.writeDouble(cover);
        }
      }
    } catch (IOException e) {
      throw new AssertionError("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  @Override
  public ChurnModel decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int d = readCount(in);
      List<String> schema = new ArrayList<>(d);
      for (int j = 0; j < d; j++) {
        schema.add(readString(in));
      }
      int c = readCount(in);
      int[] columns = new int[c];
      String[] names = new String[c];
      for (int k = 0; k < c; k++) {
        columns[k] = in.readInt();
        if (columns[k] < 0 || columns[k] >= d) {
          throw new IOException("column " + columns[k] + " outside the schema");
        }
        names[k] = readString(in);
      }
      String description = readString(in);
      int n = readCount(in);
      ModelProto proto = ModelProto.parseFrom(in.readNBytes(n));
      Model<?> model = Model.deserialize(proto);
      if (!model.validate(Label.class)) {
        throw new RetentionException("the stored Tribuo model is not a classification model");
      }
      @SuppressWarnings("unchecked")
      Model<Label> labels = (Model<Label>) model;
      FeatureSchema featureSchema = new FeatureSchema(schema);
      // Bundles written before covers were stored end here.
      int trees = in.available() > 0 ? in.readInt() : 0;
      if (trees == 0) {
        return new TribuoChurnModel(featureSchema, columns, names, labels, description);
      }
      if (!(labels instanceof EnsembleModel<Label> ensemble)
          || ensemble.getModels().size() != trees) {
        throw new IOException("stored covers for " + trees + " trees do not fit the model");
      }
      List<TreeNode> roots = new ArrayList<>(trees);
      for (Model<Label> member : ensemble.getModels()) {
        if (!(member instanceof TreeModel<Label> tree)) {
          throw new IOException("a forest member is not a tree");
        }
        int leaves = in.readInt();
        if (leaves <= 0 || leaves > in.available() / Double.BYTES) {
          throw new IOException("bad leaf count " + leaves);
        }
        double[] covers = new double[leaves];
        for (int l = 0; l < leaves; l++) {
          covers[l] = in.readDouble();
        }
        roots.add(TribuoTrees.convert(tree, names, columns, covers));
      }
      return TribuoChurnModel.withForest(
          featureSchema, columns, names, labels, description, TreeEnsemble.of(roots));
    } catch (InvalidProtocolBufferException e) {
      throw new RetentionException("the stored Tribuo model is not valid protobuf: " + e, e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof RetentionException re) {
        throw re;
      }
      throw new RetentionException("the stored Tribuo model cannot be read: " + e, e);
    }
  }
}
