// Writes the emotion model as an ONNX graph through the ONNX protobuf schema
// (./proto/onnx/onnx.proto, generated with `pnpm --filter @tonvo/models generate:onnx`).
import { create, toBinary } from '@bufbuild/protobuf';
import {
  AttributeProto_AttributeType,
  AttributeProtoSchema,
  GraphProtoSchema,
  ModelProtoSchema,
  NodeProtoSchema,
  TensorProto_DataType,
  TensorProtoSchema,
  type AttributeProto,
  type NodeProto,
  type TensorProto,
  type ValueInfoProto,
  ValueInfoProtoSchema,
} from './gen/onnx/onnx_pb.js';

/** The trained, quantised parameters the graph holds. */
export interface EmotionGraphParams {
  readonly buckets: number;
  readonly dim: number;
  readonly hidden: number;
  /** [buckets, dim] int8, one scale per row. */
  readonly embedding: Int8Array;
  readonly rowScale: Float32Array;
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  /** [outputs, inner] and [outputs]. */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
  /** Output heads in column order: name and width (columns of the one output). */
  readonly heads: readonly { readonly name: string; readonly width: number }[];
  readonly docString: string;
  readonly metadata: Readonly<Record<string, string>>;
}

const OPSET = 17;

function bytesOf(a: Float32Array | Int8Array | BigInt64Array | Int32Array): Uint8Array {
  // ONNX raw_data is little-endian; so is every machine Node and browsers run on,
  // but write through a DataView so the file never depends on it.
  const out = new Uint8Array(a.length * a.BYTES_PER_ELEMENT);
  const view = new DataView(out.buffer);
  if (a instanceof Float32Array) a.forEach((v, i) => view.setFloat32(i * 4, v, true));
  else if (a instanceof Int32Array) a.forEach((v, i) => view.setInt32(i * 4, v, true));
  else if (a instanceof BigInt64Array) a.forEach((v, i) => view.setBigInt64(i * 8, v, true));
  else out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return out;
}

function tensor(
  name: string,
  dataType: TensorProto_DataType,
  dims: readonly number[],
  data: Float32Array | Int8Array | BigInt64Array | Int32Array,
): TensorProto {
  return create(TensorProtoSchema, {
    name,
    dataType,
    dims: dims.map(BigInt),
    rawData: bytesOf(data),
  });
}

function intAttr(name: string, i: number): AttributeProto {
  return create(AttributeProtoSchema, {
    name,
    i: BigInt(i),
    type: AttributeProto_AttributeType.INT,
  });
}

function node(
  opType: string,
  inputs: string[],
  outputs: string[],
  attribute: AttributeProto[] = [],
): NodeProto {
  return create(NodeProtoSchema, {
    opType,
    input: inputs,
    output: outputs,
    name: outputs[0] ?? opType,
    attribute,
  });
}

function valueInfo(
  name: string,
  elemType: TensorProto_DataType,
  dims: (number | string)[],
): ValueInfoProto {
  return create(ValueInfoProtoSchema, {
    name,
    type: {
      value: {
        case: 'tensorType',
        value: {
          elemType,
          shape: {
            dim: dims.map((d) =>
              typeof d === 'number'
                ? { value: { case: 'dimValue' as const, value: BigInt(d) } }
                : { value: { case: 'dimParam' as const, value: d } },
            ),
          },
        },
      },
    },
  });
}

/** Name of the graph's one output: every head's probabilities, `[batch, columns]`. */
export const OUTPUT_TENSOR = 'probabilities';

/**
 * Builds the ONNX bytes. Inputs: `ids` (int32 `[features]`, every text's feature ids
 * in a row) and `weights` (float `[batch, features]`, 1/n over each text's own ids).
 * The int8 table is dequantised by `Cast` and `Mul` on initializers alone, which ONNX
 * Runtime folds into a float table when the session loads, so a run is four kernels:
 * Gather the rows, MatMul by the weights (each text's mean), Gemm + ReLU (fused),
 * Gemm, Sigmoid. One output holds every head's columns side by side.
 */
export function writeEmotionOnnx(p: EmotionGraphParams): Uint8Array {
  const F = TensorProto_DataType.FLOAT;
  const total = p.heads.reduce((s, h) => s + h.width, 0);
  const inner = p.hidden > 0 ? p.hidden : p.dim;
  const initializer: TensorProto[] = [
    tensor('embedding_q', TensorProto_DataType.INT8, [p.buckets, p.dim], p.embedding),
    tensor('embedding_scale', F, [p.buckets, 1], p.rowScale),
    tensor('w2', F, [total, inner], p.w2),
    tensor('b2', F, [total], p.b2),
  ];
  const nodes: NodeProto[] = [
    node('Cast', ['embedding_q'], ['embedding_unscaled'], [intAttr('to', F)]),
    node('Mul', ['embedding_unscaled', 'embedding_scale'], ['embedding']),
    node('Gather', ['embedding', 'ids'], ['rows'], [intAttr('axis', 0)]),
    node('MatMul', ['weights', 'rows'], ['mean']),
  ];
  let features = 'mean';
  if (p.hidden > 0) {
    initializer.push(tensor('w1', F, [p.hidden, p.dim], p.w1), tensor('b1', F, [p.hidden], p.b1));
    nodes.push(node('Gemm', ['mean', 'w1', 'b1'], ['hidden_pre'], [intAttr('transB', 1)]));
    nodes.push(node('Relu', ['hidden_pre'], ['hidden']));
    features = 'hidden';
  }
  nodes.push(node('Gemm', [features, 'w2', 'b2'], ['logits'], [intAttr('transB', 1)]));
  nodes.push(node('Sigmoid', ['logits'], [OUTPUT_TENSOR]));
  const graph = create(GraphProtoSchema, {
    name: 'tonvo_text_emotion',
    node: nodes,
    initializer,
    input: [
      valueInfo('ids', TensorProto_DataType.INT32, ['features']),
      valueInfo('weights', F, ['batch', 'features']),
    ],
    output: [valueInfo(OUTPUT_TENSOR, F, ['batch', total])],
  });
  const model = create(ModelProtoSchema, {
    irVersion: 8n,
    producerName: 'tonvo-train',
    producerVersion: '2',
    modelVersion: 2n,
    docString: p.docString,
    graph,
    opsetImport: [{ domain: '', version: BigInt(OPSET) }],
    metadataProps: Object.entries(p.metadata).map(([key, value]) => ({ key, value })),
  });
  return toBinary(ModelProtoSchema, model);
}
