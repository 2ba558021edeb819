import { DIARY_IMAGE_TYPES, type DiaryImageUploaded } from '@motesplats/contracts';
import { useId, useState } from 'react';
import type { z } from 'zod';
import { CheckboxField } from '../../../components/form/checkbox-field';
import { CheckboxGroupField } from '../../../components/form/checkbox-group-field';
import { ContractForm } from '../../../components/form/contract-form';
import { DateField } from '../../../components/form/date-field';
import { FieldError } from '../../../components/form/field-shell';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { Button } from '../../../components/button';
import { StatusMessage } from '../../../components/status-message';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useUploadDiaryImage } from '../api/upload-diary-image';
import { DiaryFormValues, linkValue, newDiaryPost } from './diary-form-values';

export interface DiaryFormProps {
  labId: string;
  /** What a post may link to: the lab's ideas and challenges, as the page found them. */
  linkable: { kind: 'IDEA' | 'CHALLENGE'; id: string; title: string }[];
  onSubmit: (body: z.output<typeof DiaryFormValues>) => Promise<unknown>;
}

/** Writing a diary post, with an optional image that must be described. */
export function DiaryForm({ labId, linkable, onSubmit }: DiaryFormProps) {
  const t = useT();
  const form = useContractForm(DiaryFormValues, { scope: 'diary', defaultValues: newDiaryPost() });
  const upload = useUploadDiaryImage(labId);
  const [image, setImage] = useState<DiaryImageUploaded | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  const fileId = `${useId().replace(/:/g, '')}-image`;

  const chooseFile = async (file: File | undefined) => {
    setImageError(null);
    if (!file) return;
    try {
      const uploaded = await upload.mutateAsync(file);
      setImage(uploaded);
      form.setValue('imageId', uploaded.id);
    } catch (failure) {
      const tooBig = isApiError(failure, 'PAYLOAD_TOO_LARGE');
      setImageError(t(tooBig ? 'validation.diary.image.too_big' : 'validation.diary.image.image_type'));
    }
  };

  return (
    <ContractForm
      form={form}
      scope="diary"
      onSubmit={onSubmit}
      submitLabel={t('diary.form.submit')}
      labels={{
        title: t('diary.form.postTitle'),
        body: t('diary.form.body'),
        postedOn: t('diary.form.postedOn'),
        imageAlt: t('diary.form.imageAlt'),
        links: t('diary.form.links'),
      }}
    >
      <TextField form={form} name="title" label={t('diary.form.postTitle')} />
      <TextareaField form={form} name="body" label={t('diary.form.body')} hint={t('diary.form.bodyHint')} rows={8} />
      <DateField form={form} name="postedOn" label={t('diary.form.postedOn')} />
      <div className={imageError ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={fileId}>
          {t('diary.form.image')}
        </label>
        <p className="field__hint" id={`${fileId}-hint`}>
          {t('diary.form.imageHint')}
        </p>
        {imageError && <FieldError id={`${fileId}-error`}>{imageError}</FieldError>}
        <input
          id={fileId}
          type="file"
          accept={DIARY_IMAGE_TYPES.join(',')}
          aria-describedby={imageError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
          onChange={(event) => void chooseFile(event.target.files?.[0])}
        />
        <StatusMessage
          message={upload.isPending ? t('diary.form.uploading') : image ? t('diary.form.imageReady') : null}
        />
      </div>
      {image && (
        <>
          <img className="diary__preview" src={image.url} alt="" />
          <TextField
            form={form}
            name="imageAlt"
            label={t('diary.form.imageAlt')}
            hint={t('diary.form.imageAltHint')}
            nullable
          />
          <Button
            type="button"
            variant="quiet"
            onClick={() => {
              setImage(null);
              form.setValue('imageId', null);
              form.setValue('imageAlt', null);
            }}
          >
            {t('diary.form.removeImage')}
          </Button>
        </>
      )}
      {linkable.length > 0 && (
        <CheckboxGroupField
          form={form}
          name="links"
          legend={t('diary.form.links')}
          options={linkable.map((item) => ({
            value: linkValue(item.kind, item.id),
            label: `${t(`diary.linkKind.${item.kind}`)}: ${item.title}`,
          }))}
        />
      )}
      <CheckboxField form={form} name="published" label={t('diary.form.publish')} hint={t('diary.form.publishHint')} />
    </ContractForm>
  );
}
