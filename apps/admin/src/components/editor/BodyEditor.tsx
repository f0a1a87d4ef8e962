import '@mantine/tiptap/styles.css';
import { RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import { cleanPastedHtml, createExtensions, type DocNode } from '@toasoan/editor';
import { ReactNodeViewRenderer, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Media } from '../articles/articleApi';
import { MediaPicker } from '../media/MediaPicker';
import { FigureView } from './FigureView';

// Built once: the same extension list the server validates, with our figure node view.
const EXTENSIONS = createExtensions({ figureView: ReactNodeViewRenderer(FigureView) });

/** The article body: tiptap on the shared schema, with the Mantine toolbar and photo insertion. */
export function BodyEditor({
  initial,
  resetKey,
  editable,
  onChange,
  onReady,
}: {
  initial: DocNode;
  /** When this changes, the content is replaced by `initial` (take theirs, restore). */
  resetKey: number;
  editable: boolean;
  onChange: (doc: DocNode) => void;
  onReady?: (editor: Editor) => void;
}) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: initial,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      // Word and Google Docs paste: reduced to our schema before ProseMirror parses it.
      transformPastedHTML: (html) => cleanPastedHtml(html),
      attributes: { 'aria-label': t('editor.body'), 'aria-multiline': 'true', role: 'textbox' },
    },
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as DocNode),
  });

  useEffect(() => {
    if (editor) onReady?.(editor);
  }, [editor, onReady]);

  useEffect(() => {
    // false: changing editability is not an edit (the default emits an update).
    editor?.setEditable(editable, false);
  }, [editor, editable]);

  useEffect(() => {
    if (editor && resetKey > 0) editor.commands.setContent(initial, { emitUpdate: false });
    // Only a new resetKey replaces the content; `initial` changes on every keystroke.
  }, [resetKey, editor]);

  const labels = useMemo(
    () => t('tiptap', { returnObjects: true }) as unknown as Partial<RichTextEditorLabels>,
    [t],
  );

  const insert = (m: Media) => {
    editor
      ?.chain()
      .focus()
      .insertContent({
        type: 'figure',
        attrs: { mediaId: m.id, caption: m.caption, credit: m.credit, alt: m.alt },
      })
      .run();
  };

  return (
    <>
      <RichTextEditor editor={editor} labels={labels} data-testid="body-editor">
        {editable && (
          <RichTextEditor.Toolbar sticky stickyOffset={56}>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.H2 />
              <RichTextEditor.H3 />
              <RichTextEditor.H4 />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Bold />
              <RichTextEditor.Italic />
              <RichTextEditor.Underline />
              <RichTextEditor.Strikethrough />
              <RichTextEditor.ClearFormatting />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
              <RichTextEditor.Blockquote />
              <RichTextEditor.Hr />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Link />
              <RichTextEditor.Unlink />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Control
                onClick={() => setPicking(true)}
                aria-label={t('editor.insertPhoto')}
                title={t('editor.insertPhoto')}
                data-testid="insert-photo"
                px={6}
                w="auto"
                fz="sm"
              >
                {t('editor.photo')}
              </RichTextEditor.Control>
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Undo />
              <RichTextEditor.Redo />
            </RichTextEditor.ControlsGroup>
          </RichTextEditor.Toolbar>
        )}
        <RichTextEditor.Content mih={320} />
      </RichTextEditor>
      <MediaPicker
        opened={picking}
        onClose={() => setPicking(false)}
        onPick={insert}
        title={t('editor.insertPhoto')}
      />
    </>
  );
}
